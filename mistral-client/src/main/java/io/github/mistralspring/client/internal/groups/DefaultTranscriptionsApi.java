package io.github.mistralspring.client.internal.groups;

import io.github.mistralspring.client.audio.transcriptions.ReactiveTranscriptionsApi;
import io.github.mistralspring.client.audio.transcriptions.TranscriptionAccumulator;
import io.github.mistralspring.client.audio.transcriptions.TranscriptionRequest;
import io.github.mistralspring.client.audio.transcriptions.TranscriptionResponse;
import io.github.mistralspring.client.audio.transcriptions.TranscriptionStreamEvent;
import io.github.mistralspring.client.audio.transcriptions.TranscriptionsApi;
import io.github.mistralspring.client.core.RequestOptions;
import io.github.mistralspring.client.internal.Blocking;
import io.github.mistralspring.client.internal.BlockingStream;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The implementation of {@link TranscriptionsApi}; the clients create it. */
public final class DefaultTranscriptionsApi implements TranscriptionsApi {

  /** Creates the blocking face over the reactive group. */
  public DefaultTranscriptionsApi(ReactiveTranscriptionsApi reactive) {
    this.reactive = reactive;
  }

  private final ReactiveTranscriptionsApi reactive;

  @Override
  public TranscriptionResponse create(TranscriptionRequest request) {
    return Blocking.await(reactive.create(request));
  }

  @Override
  public String transcribe(Path audio) {
    return Blocking.await(reactive.transcribe(audio));
  }

  @Override
  public Stream<TranscriptionStreamEvent> stream(TranscriptionRequest request) {
    return BlockingStream.of(reactive.stream(request));
  }

  @Override
  public TranscriptionResponse streamAndAccumulate(TranscriptionRequest request) {
    try (Stream<TranscriptionStreamEvent> events = stream(request)) {
      TranscriptionAccumulator accumulator = new TranscriptionAccumulator();
      events.forEach(accumulator::accept);
      return accumulator.toResponse();
    }
  }

  @Override
  public TranscriptionsApi withOptions(RequestOptions options) {
    return new DefaultTranscriptionsApi(reactive.withOptions(options));
  }
}
