package io.github.mistralspring.client.audio.transcriptions;

import io.github.mistralspring.client.core.WithOptions;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Audio transcriptions ({@code POST /v1/audio/transcriptions}), whole or streamed, blocking. */
public interface TranscriptionsApi extends WithOptions<TranscriptionsApi> {

  /** Transcribes the audio and waits for the transcription. */
  TranscriptionResponse create(TranscriptionRequest request);

  /**
   * Transcribes the audio file at a path with the client's default transcription model ({@code
   * voxtral-mini-latest} unless {@code mistral.transcription.model} says otherwise) and returns the
   * transcript's text.
   */
  String transcribe(Path audio);

  /**
   * Transcribes the audio and returns its events as they come, the {@code transcription.done} event
   * last. Close the stream (use try-with-resources): closing it early closes the connection. A
   * stream that ends without its done event throws a {@link
   * io.github.mistralspring.client.error.MistralStreamException} where it ends.
   */
  Stream<TranscriptionStreamEvent> stream(TranscriptionRequest request);

  /** Streams the transcription and returns it folded into one response. */
  TranscriptionResponse streamAndAccumulate(TranscriptionRequest request);
}
