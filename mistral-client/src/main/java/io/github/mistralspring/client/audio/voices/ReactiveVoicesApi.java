package io.github.mistralspring.client.audio.voices;

import io.github.mistralspring.client.MistralOperation;
import io.github.mistralspring.client.internal.Downloads;
import io.github.mistralspring.client.internal.MistralRequest;
import io.github.mistralspring.client.internal.MistralTransport;
import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Voices for speech ({@code /v1/audio/voices}): list, create, describe, update and delete them, and
 * download a voice's sample, as {@link Mono} and {@link Flux}.
 *
 * <p>Creating and updating a voice change state, so neither is retried once the request was sent.
 */
public final class ReactiveVoicesApi {

  /** Lists voices, a page at a time. */
  public static final MistralOperation LIST =
      MistralOperation.get("audio.voices.list", "/v1/audio/voices");

  /** Creates a voice from a sample; changes state, so never retried once sent. */
  public static final MistralOperation CREATE =
      MistralOperation.statefulPost("audio.voices.create", "/v1/audio/voices");

  /** Describes one voice. */
  public static final MistralOperation RETRIEVE =
      MistralOperation.get("audio.voices.retrieve", "/v1/audio/voices/{voice_id}");

  /** Changes a voice's details; changes state, so never retried once sent. */
  public static final MistralOperation UPDATE =
      new MistralOperation(
          "audio.voices.update", "PATCH", "/v1/audio/voices/{voice_id}", false, false);

  /** Deletes a voice of one's own. */
  public static final MistralOperation DELETE =
      MistralOperation.delete("audio.voices.delete", "/v1/audio/voices/{voice_id}");

  /** Downloads a voice's sample. */
  public static final MistralOperation SAMPLE =
      MistralOperation.get("audio.voices.sample", "/v1/audio/voices/{voice_id}/sample");

  /** How many voices each page of {@link #listAll()} asks for. */
  static final int LIST_ALL_PAGE_SIZE = 100;

  private final MistralTransport transport;

  /** Creates the API group on a transport; users get it from {@code audio().voices()}. */
  public ReactiveVoicesApi(MistralTransport transport) {
    this.transport = transport;
  }

  /** Lists the first page of voices, of the API's default size (10). */
  public Mono<VoiceList> list() {
    return list(null, null);
  }

  /**
   * Lists one page of voices.
   *
   * @param limit the most voices to return, or null for the API's default (10)
   * @param offset how many voices to skip, or null for none
   */
  public Mono<VoiceList> list(@Nullable Integer limit, @Nullable Integer offset) {
    if (limit != null && limit < 1) {
      throw new IllegalArgumentException("limit must be 1 or more, was " + limit);
    }
    if (offset != null && offset < 0) {
      throw new IllegalArgumentException("offset must be 0 or more, was " + offset);
    }
    return transport.exchange(
        MistralRequest.of(LIST).query("limit", limit).query("offset", offset), VoiceList.class);
  }

  /** Lists one page of voices: at most {@code limit}, after skipping {@code offset}. */
  public Mono<VoiceList> list(int limit, int offset) {
    return list(Integer.valueOf(limit), Integer.valueOf(offset));
  }

  /**
   * Emits every voice, fetching each next page only when the previous one has been consumed;
   * cancelling stops the fetching. Each page starts where the voices received so far end, so a
   * server that returns fewer voices than asked for skips none; the listing ends at an empty page
   * or when the total the server reports is reached.
   */
  public Flux<Voice> listAll() {
    return Flux.defer(() -> pagesFrom(0));
  }

  private Flux<Voice> pagesFrom(int offset) {
    return list(LIST_ALL_PAGE_SIZE, offset)
        .flatMapMany(
            page -> {
              Flux<Voice> voices = Flux.fromIterable(page.items());
              int next = offset + page.items().size();
              if (isLast(page, next)) {
                return voices;
              }
              return voices.concatWith(Flux.defer(() -> pagesFrom(next)));
            });
  }

  /**
   * Creates a voice from a sample and emits it; the sample is read (off the event loop) and sent
   * base64-encoded, as the API takes it.
   */
  public Mono<Voice> create(VoiceCreateRequest request) {
    Objects.requireNonNull(request, "request");
    return Mono.fromCallable(request::toBody)
        .subscribeOn(Schedulers.boundedElastic())
        .flatMap(body -> transport.exchange(MistralRequest.of(CREATE, body), Voice.class));
  }

  /** Describes one voice. */
  public Mono<Voice> retrieve(String voiceId) {
    return transport.exchange(
        MistralRequest.of(RETRIEVE).pathVariables(requireId(voiceId)), Voice.class);
  }

  /** Changes a voice's details (only those the change sets) and emits the voice as it now is. */
  public Mono<Voice> update(String voiceId, VoiceUpdateRequest change) {
    Objects.requireNonNull(change, "change");
    return transport.exchange(
        MistralRequest.of(UPDATE, change).pathVariables(requireId(voiceId)), Voice.class);
  }

  /** Deletes a voice of one's own and emits it as it was. */
  public Mono<Voice> delete(String voiceId) {
    return transport.exchange(
        MistralRequest.of(DELETE).pathVariables(requireId(voiceId)), Voice.class);
  }

  /**
   * Streams a voice's sample (audio, such as WAV) as it arrives. The subscriber must release each
   * buffer ({@link DataBufferUtils#release}); cancelling closes the connection.
   */
  public Flux<DataBuffer> downloadSample(String voiceId) {
    String id = requireId(voiceId);
    return Flux.defer(() -> transport.download(MistralRequest.of(SAMPLE).pathVariables(id)));
  }

  /**
   * Writes a voice's sample into a file at {@code target}, created or replaced, and completes when
   * all of it is written. The sample goes to a temporary file beside the target, moved into place
   * only once all of it arrived: a failed download leaves the target as it was.
   */
  public Mono<Void> downloadSampleTo(String voiceId, Path target) {
    Objects.requireNonNull(target, "target");
    return Downloads.writeTo(downloadSample(voiceId), target);
  }

  /**
   * Whether a page ends the listing: it is empty, or the voices up to it reach the total (a total
   * of 0 beside voices is no total: the listing goes on until an empty page).
   */
  static boolean isLast(VoiceList page, int next) {
    return page.items().isEmpty() || (page.total() > 0 && next >= page.total());
  }

  static String requireId(@Nullable String voiceId) {
    if (voiceId == null || voiceId.isBlank()) {
      throw new IllegalArgumentException("voiceId is required: pass the id of the voice");
    }
    return voiceId;
  }
}
