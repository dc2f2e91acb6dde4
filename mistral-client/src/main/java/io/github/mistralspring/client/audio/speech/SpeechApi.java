package io.github.mistralspring.client.audio.speech;

import io.github.mistralspring.client.core.WithOptions;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Speech from text ({@code POST /v1/audio/speech}), blocking. */
public interface SpeechApi extends WithOptions<SpeechApi> {

  /**
   * Generates the speech and returns it whole ({@link SpeechResponse#audio()} decodes it); the
   * whole audio is held in memory. For long texts, prefer {@link #createTo(SpeechRequest, Path)}.
   *
   * @param request the text, the voice and the audio format
   * @return the whole audio, base64-encoded as the API sends it, with the usage
   */
  SpeechResponse create(SpeechRequest request);

  /**
   * Generates the speech and returns its events as they come, {@code speech.audio.done} last. Close
   * the stream (use try-with-resources): closing it early closes the connection.
   *
   * @param request the text, the voice and the audio format
   * @return the audio events as they arrive, to close
   */
  Stream<SpeechStreamEvent> stream(SpeechRequest request);

  /**
   * Generates the speech and writes its audio to {@code target}, created or replaced, as it
   * arrives; returns the target. The audio goes to a temporary file beside the target, moved into
   * place only once all of it arrived: when the stream fails, the target is left as it was.
   *
   * @param request the text, the voice and the audio format
   * @param target the file to write; its directory must exist
   * @return {@code target}, holding the whole audio
   */
  Path createTo(SpeechRequest request, Path target);

  /**
   * Generates the speech and writes its audio to {@code out} as it arrives, piece by piece; returns
   * how many bytes were written. The stream is neither flushed nor closed: that is the caller's.
   * When the speech fails part way, what was written stays written and the failure is thrown.
   *
   * @param request the text, the voice and the audio format
   * @param out where the audio goes, piece by piece; neither flushed nor closed
   * @return how many bytes of audio were written
   * @throws UncheckedIOException when writing to {@code out} fails; the speech is then cancelled
   */
  long createTo(SpeechRequest request, OutputStream out);
}
