package io.github.mistralspring.client.audio.transcriptions;

import io.github.mistralspring.client.core.WithOptions;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Audio transcriptions ({@code POST /v1/audio/transcriptions}), whole or streamed, blocking. */
public interface TranscriptionsApi extends WithOptions<TranscriptionsApi> {

  /**
   * Transcribes the audio and waits for the transcription.
   *
   * @param request the audio (a file, a URL or an uploaded file's id), the model and the options
   * @return the transcript, its language, the segments asked for and the usage
   */
  TranscriptionResponse create(TranscriptionRequest request);

  /**
   * Transcribes the audio file at a path with the client's default transcription model ({@code
   * voxtral-mini-latest} unless {@code mistral.transcription.model} says otherwise) and returns the
   * transcript's text.
   *
   * @param audio the audio file to transcribe, read as it is sent
   * @return the transcript's text
   */
  String transcribe(Path audio);

  /**
   * Transcribes the audio and returns its events as they come, the {@code transcription.done} event
   * last. Close the stream (use try-with-resources): closing it early closes the connection. A
   * stream that ends without its done event throws a {@link
   * io.github.mistralspring.client.error.MistralStreamException} where it ends.
   *
   * @param request the audio (a file, a URL or an uploaded file's id), the model and the options
   * @return the events as they arrive, the done event last; to close
   */
  Stream<TranscriptionStreamEvent> stream(TranscriptionRequest request);

  /**
   * Streams the transcription and returns it folded into one response.
   *
   * @param request the audio (a file, a URL or an uploaded file's id), the model and the options
   * @return the transcription as one response, as {@link #create} would give it
   */
  TranscriptionResponse streamAndAccumulate(TranscriptionRequest request);
}
