package io.github.mistralspring.client.audio.transcriptions;

import io.github.mistralspring.client.internal.Blocking;
import io.github.mistralspring.client.internal.BlockingStream;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Audio transcriptions ({@code POST /v1/audio/transcriptions}), whole or streamed, blocking. */
public final class TranscriptionsApi {

  private final ReactiveTranscriptionsApi reactive;

  /** Creates the blocking face over the reactive API group. */
  public TranscriptionsApi(ReactiveTranscriptionsApi reactive) {
    this.reactive = reactive;
  }

  /** Transcribes the audio and waits for the transcription. */
  public TranscriptionResponse create(TranscriptionRequest request) {
    return Blocking.await(reactive.create(request));
  }

  /**
   * Transcribes the audio file at a path with the client's default transcription model ({@code
   * voxtral-mini-latest} unless {@code mistral.transcription.model} says otherwise) and returns the
   * transcript's text.
   */
  public String transcribe(Path audio) {
    return Blocking.await(reactive.transcribe(audio));
  }

  /**
   * Transcribes the audio and returns its events as they come, the {@code transcription.done} event
   * last. Close the stream (use try-with-resources): closing it early closes the connection. A
   * stream that ends without its done event throws a {@link
   * io.github.mistralspring.client.error.MistralStreamException} where it ends.
   */
  public Stream<TranscriptionStreamEvent> stream(TranscriptionRequest request) {
    return BlockingStream.of(reactive.stream(request));
  }

  /** Streams the transcription and returns it folded into one response. */
  public TranscriptionResponse streamAndAccumulate(TranscriptionRequest request) {
    try (Stream<TranscriptionStreamEvent> events = stream(request)) {
      TranscriptionAccumulator accumulator = new TranscriptionAccumulator();
      events.forEach(accumulator::accept);
      return accumulator.toResponse();
    }
  }
}
