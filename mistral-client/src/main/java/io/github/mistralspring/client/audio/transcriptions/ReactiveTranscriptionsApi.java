package io.github.mistralspring.client.audio.transcriptions;

import io.github.mistralspring.client.MistralOperation;
import io.github.mistralspring.client.internal.MistralRequest;
import io.github.mistralspring.client.internal.MistralTransport;
import io.github.mistralspring.client.internal.ServerSentEventReader;
import io.github.mistralspring.client.internal.TypedEventStreams;
import io.github.mistralspring.client.internal.Uploads;
import java.nio.file.Path;
import java.util.Objects;
import org.springframework.http.client.MultipartBodyBuilder;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Audio transcriptions ({@code POST /v1/audio/transcriptions}), whole or streamed, as {@link Mono}
 * and {@link Flux}.
 *
 * <p>The audio is sent as {@code multipart/form-data}, streamed from its file or stream, never held
 * in memory whole. A transcription creates nothing on the server, so a failed one is retried after
 * it was sent, as completions are; audio read from an {@code InputStream} is the exception: it can
 * be sent only once, so once anything of it was sent a failure is passed on as it is.
 */
public final class ReactiveTranscriptionsApi {

  /** Transcribes audio; stateless, so safe to retry. */
  public static final MistralOperation CREATE =
      MistralOperation.statelessPost("audio.transcriptions", "/v1/audio/transcriptions");

  /** Transcribes audio as a stream of events; stateless, retried until the first event. */
  public static final MistralOperation STREAM =
      MistralOperation.statelessStream("audio.transcriptions.stream", "/v1/audio/transcriptions");

  private static final ServerSentEventReader<TranscriptionStreamEvent> EVENTS =
      TypedEventStreams.reader(
          TranscriptionStreamEvent.class, TranscriptionStreamEvent::type, "transcription");

  private final MistralTransport transport;

  /** Creates the API group on a transport; users get it from {@code audio().transcriptions()}. */
  public ReactiveTranscriptionsApi(MistralTransport transport) {
    this.transport = transport;
  }

  /** Transcribes the audio and emits the transcription. */
  public Mono<TranscriptionResponse> create(TranscriptionRequest request) {
    Objects.requireNonNull(request, "request");
    return Mono.defer(
        () -> transport.exchange(multipart(CREATE, request, false), TranscriptionResponse.class));
  }

  /**
   * Transcribes the audio file at a path with the client's default transcription model and emits
   * the transcript's text.
   */
  public Mono<String> transcribe(Path audio) {
    return create(TranscriptionRequest.of(audio)).map(TranscriptionResponse::text);
  }

  /**
   * Transcribes the audio and emits its events as they come: the language, pieces of text, segments
   * when asked for, and last the {@code transcription.done} event with the whole transcription and
   * its usage. A stream that ends without its done event fails with a {@link
   * io.github.mistralspring.client.error.MistralStreamException}, as does an error the server
   * reports inside it; cancelling closes the connection.
   */
  public Flux<TranscriptionStreamEvent> stream(TranscriptionRequest request) {
    Objects.requireNonNull(request, "request");
    return Flux.defer(
        () ->
            TypedEventStreams.requireEnd(
                transport.stream(multipart(STREAM, request, true), EVENTS, false),
                TranscriptionDoneEvent.class::isInstance,
                "transcription",
                TranscriptionDoneEvent.TYPE));
  }

  /** Streams the transcription and emits it folded into one response when the stream ends. */
  public Mono<TranscriptionResponse> streamAndAccumulate(TranscriptionRequest request) {
    return TranscriptionAccumulator.accumulate(stream(request));
  }

  /**
   * The form as the API reads it: one field per value, a list as the same field repeated (as the
   * official SDKs send it), the audio as a file part.
   */
  private MistralRequest multipart(
      MistralOperation operation, TranscriptionRequest request, boolean stream) {
    String model =
        transport
            .settings()
            .defaultModels()
            .transcriptionFor(request.model(), "TranscriptionRequest");
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
    return call.multipart(parts.build()).observedAs(() -> model);
  }
}
