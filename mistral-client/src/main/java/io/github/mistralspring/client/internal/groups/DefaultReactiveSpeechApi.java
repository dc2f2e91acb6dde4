package io.github.mistralspring.client.internal.groups;

import io.github.mistralspring.client.audio.speech.ReactiveSpeechApi;
import io.github.mistralspring.client.audio.speech.SpeechAudioDeltaEvent;
import io.github.mistralspring.client.audio.speech.SpeechDoneEvent;
import io.github.mistralspring.client.audio.speech.SpeechRequest;
import io.github.mistralspring.client.audio.speech.SpeechResponse;
import io.github.mistralspring.client.audio.speech.SpeechStreamEvent;
import io.github.mistralspring.client.internal.Calls;
import io.github.mistralspring.client.internal.MistralRequest;
import io.github.mistralspring.client.internal.ObservedValues;
import io.github.mistralspring.client.internal.ServerSentEventReader;
import io.github.mistralspring.client.internal.TypedEventStreams;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The implementation of {@link ReactiveSpeechApi}; the clients create it. */
public final class DefaultReactiveSpeechApi extends CallsGroup<ReactiveSpeechApi>
    implements ReactiveSpeechApi {

  /** Creates the group over the client's calls. */
  public DefaultReactiveSpeechApi(Calls calls) {
    super(calls, DefaultReactiveSpeechApi::new);
  }

  private static final ServerSentEventReader<SpeechStreamEvent> EVENTS =
      TypedEventStreams.reader(SpeechStreamEvent.class, SpeechStreamEvent::type, "speech");

  @Override
  public Mono<SpeechResponse> create(SpeechRequest request) {
    Objects.requireNonNull(request, "request");
    return Mono.defer(
        () ->
            calls.exchange(
                MistralRequest.of(CREATE, request).bodyProperty("stream", false),
                SpeechResponse.class));
  }

  @Override
  public Flux<SpeechStreamEvent> stream(SpeechRequest request) {
    Objects.requireNonNull(request, "request");
    return Flux.defer(
        () ->
            TypedEventStreams.requireEnd(
                calls.stream(
                    MistralRequest.of(STREAM, request)
                        .bodyProperty("stream", true)
                        .observed(
                            SpeechDoneEvent.class,
                            done -> new ObservedValues(null, null, done.usage(), List.of(), null)),
                    EVENTS,
                    false),
                SpeechDoneEvent.class::isInstance,
                "speech",
                SpeechDoneEvent.TYPE));
  }

  @Override
  public Flux<byte[]> streamAudio(SpeechRequest request) {
    return stream(request)
        .filter(SpeechAudioDeltaEvent.class::isInstance)
        .map(event -> ((SpeechAudioDeltaEvent) event).audio());
  }

  @Override
  public Mono<Void> createTo(SpeechRequest request, Path target) {
    Objects.requireNonNull(target, "target");
    return Downloads.writeTo(
        streamAudio(request).map(DefaultDataBufferFactory.sharedInstance::wrap), target);
  }
}
