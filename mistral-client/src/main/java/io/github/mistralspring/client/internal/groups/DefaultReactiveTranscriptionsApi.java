package io.github.mistralspring.client.internal.groups;

import io.github.mistralspring.client.audio.transcriptions.ReactiveTranscriptionsApi;
import io.github.mistralspring.client.audio.transcriptions.TimestampGranularity;
import io.github.mistralspring.client.audio.transcriptions.TranscriptionAccumulator;
import io.github.mistralspring.client.audio.transcriptions.TranscriptionDoneEvent;
import io.github.mistralspring.client.audio.transcriptions.TranscriptionRequest;
import io.github.mistralspring.client.audio.transcriptions.TranscriptionResponse;
import io.github.mistralspring.client.audio.transcriptions.TranscriptionStreamEvent;
import io.github.mistralspring.client.audio.transcriptions.TranscriptionTextDeltaEvent;
import io.github.mistralspring.client.core.MistralOperation;
import io.github.mistralspring.client.internal.Calls;
import io.github.mistralspring.client.internal.MistralRequest;
import io.github.mistralspring.client.internal.ObservedValues;
import io.github.mistralspring.client.internal.ServerSentEventReader;
import io.github.mistralspring.client.internal.TypedEventStreams;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.springframework.http.client.MultipartBodyBuilder;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The implementation of {@link ReactiveTranscriptionsApi}; the clients create it. */
public final class DefaultReactiveTranscriptionsApi extends CallsGroup<ReactiveTranscriptionsApi>
    implements ReactiveTranscriptionsApi {

  /** Creates the group over the client's calls. */
  public DefaultReactiveTranscriptionsApi(Calls calls) {
    super(calls, DefaultReactiveTranscriptionsApi::new);
  }

  private static final ServerSentEventReader<TranscriptionStreamEvent> EVENTS =
      TypedEventStreams.reader(
          TranscriptionStreamEvent.class, TranscriptionStreamEvent::type, "transcription");

  @Override
  public Mono<TranscriptionResponse> create(TranscriptionRequest request) {
    Objects.requireNonNull(request, "request");
    return Mono.defer(
        () ->
            calls.exchange(
                multipart(CREATE, request, false)
                    .observed(
                        TranscriptionResponse.class,
                        response ->
                            new ObservedValues(
                                null,
                                response.model(),
                                response.usage(),
                                List.of(),
                                response.text())),
                TranscriptionResponse.class));
  }

  @Override
  public Mono<String> transcribe(Path audio) {
    return create(TranscriptionRequest.of(audio)).map(TranscriptionResponse::text);
  }

  @Override
  public Flux<TranscriptionStreamEvent> stream(TranscriptionRequest request) {
    Objects.requireNonNull(request, "request");
    return Flux.defer(
        () ->
            TypedEventStreams.requireEnd(
                calls.stream(
                    multipart(STREAM, request, true)
                        .observed(
                            TranscriptionTextDeltaEvent.class,
                            delta -> new ObservedValues(null, null, null, List.of(), delta.text()))
                        .observed(
                            TranscriptionDoneEvent.class,
                            done ->
                                new ObservedValues(
                                    null, done.model(), done.usage(), List.of(), null)),
                    EVENTS,
                    false),
                TranscriptionDoneEvent.class::isInstance,
                "transcription",
                TranscriptionDoneEvent.TYPE));
  }

  @Override
  public Mono<TranscriptionResponse> streamAndAccumulate(TranscriptionRequest request) {
    return TranscriptionAccumulator.accumulate(stream(request));
  }

  /**
   * The form as the API reads it: one field per value, a list as the same field repeated (as the
   * official SDKs send it), the audio as a file part.
   */
  private MistralRequest multipart(
      MistralOperation operation, TranscriptionRequest request, boolean stream) {
    String model = calls.defaultModels().transcriptionFor(request.model(), "TranscriptionRequest");
    MistralRequest call = MistralRequest.of(operation);
    MultipartBodyBuilder parts = new MultipartBodyBuilder();
    parts.part("model", model);
    if (request.file() != null) {
      Uploads.filePart(
          parts, call, "file", request.file(), Objects.requireNonNull(request.filename()));
    }
    if (request.fileUrl() != null) {
      parts.part("file_url", request.fileUrl());
    }
    if (request.fileId() != null) {
      parts.part("file_id", request.fileId());
    }
    if (request.language() != null) {
      parts.part("language", request.language());
    }
    if (request.temperature() != null) {
      parts.part("temperature", request.temperature().toString());
    }
    parts.part("stream", Boolean.toString(stream));
    if (request.diarize() != null) {
      parts.part("diarize", request.diarize().toString());
    }
    for (String term : request.contextBias()) {
      parts.part("context_bias", term);
    }
    for (TimestampGranularity granularity : request.timestampGranularities()) {
      parts.part("timestamp_granularities", granularity.value());
    }
    request.extraFields().forEach(parts::part);
    return call.multipart(parts.build()).model(model);
  }
}
