package io.github.mistralspring.client.internal.groups;

import io.github.mistralspring.client.audio.voices.ReactiveVoicesApi;
import io.github.mistralspring.client.audio.voices.Voice;
import io.github.mistralspring.client.audio.voices.VoiceCreateRequest;
import io.github.mistralspring.client.audio.voices.VoiceUpdateRequest;
import io.github.mistralspring.client.internal.Calls;
import io.github.mistralspring.client.internal.MistralRequest;
import io.github.mistralspring.client.paging.Page;
import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.buffer.DataBuffer;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.core.type.TypeReference;

/** The implementation of {@link ReactiveVoicesApi}; the clients create it. */
public final class DefaultReactiveVoicesApi extends CallsGroup<ReactiveVoicesApi>
    implements ReactiveVoicesApi {

  /** Creates the group over the client's calls. */
  public DefaultReactiveVoicesApi(Calls calls) {
    super(calls, DefaultReactiveVoicesApi::new);
  }

  /** How many voices each page of {@link #listAll()} asks for. */
  static final int LIST_ALL_PAGE_SIZE = 100;

  /** The voices listing: {@code items} and its paging values, read into the one page type. */
  private static final TypeReference<Page<Voice>> VOICE_PAGE = new TypeReference<>() {};

  @Override
  public Mono<Page<Voice>> list() {
    return list(null, null);
  }

  @Override
  public Mono<Page<Voice>> list(@Nullable Integer limit, @Nullable Integer offset) {
    if (limit != null && limit < 1) {
      throw new IllegalArgumentException("limit must be 1 or more, was " + limit);
    }
    if (offset != null && offset < 0) {
      throw new IllegalArgumentException("offset must be 0 or more, was " + offset);
    }
    return calls.exchange(
        MistralRequest.of(LIST).query("limit", limit).query("offset", offset), VOICE_PAGE);
  }

  @Override
  public Mono<Page<Voice>> list(int limit, int offset) {
    return list(Integer.valueOf(limit), Integer.valueOf(offset));
  }

  @Override
  public Flux<Voice> listAll() {
    return Flux.defer(() -> pagesFrom(0));
  }

  private Flux<Voice> pagesFrom(int offset) {
    return list(LIST_ALL_PAGE_SIZE, offset)
        .flatMapMany(
            page -> {
              Flux<Voice> voices = Flux.fromIterable(page.data());
              int next = offset + page.data().size();
              if (isLast(page, next)) {
                return voices;
              }
              return voices.concatWith(Flux.defer(() -> pagesFrom(next)));
            });
  }

  @Override
  public Mono<Voice> create(VoiceCreateRequest request) {
    Objects.requireNonNull(request, "request");
    return Mono.fromCallable(() -> VoiceCreateBody.of(request))
        .subscribeOn(Schedulers.boundedElastic())
        .flatMap(body -> calls.exchange(MistralRequest.of(CREATE, body), Voice.class));
  }

  @Override
  public Mono<Voice> retrieve(String voiceId) {
    return calls.exchange(
        MistralRequest.of(RETRIEVE).pathVariables(requireId(voiceId)), Voice.class);
  }

  @Override
  public Mono<Voice> update(String voiceId, VoiceUpdateRequest change) {
    Objects.requireNonNull(change, "change");
    return calls.exchange(
        MistralRequest.of(UPDATE, change).pathVariables(requireId(voiceId)), Voice.class);
  }

  @Override
  public Mono<Voice> delete(String voiceId) {
    return calls.exchange(MistralRequest.of(DELETE).pathVariables(requireId(voiceId)), Voice.class);
  }

  @Override
  public Flux<DataBuffer> downloadSample(String voiceId) {
    String id = requireId(voiceId);
    return Flux.defer(() -> calls.download(MistralRequest.of(SAMPLE).pathVariables(id)));
  }

  @Override
  public Mono<Void> downloadSampleTo(String voiceId, Path target) {
    Objects.requireNonNull(target, "target");
    return Downloads.writeTo(downloadSample(voiceId), target);
  }

  /**
   * Whether a page ends the listing: it is empty, or the voices up to it reach the total (a total
   * of 0 beside voices is no total: the listing goes on until an empty page).
   */
  static boolean isLast(Page<Voice> page, int next) {
    Long total = page.total();
    return page.data().isEmpty() || (total != null && total > 0 && next >= total);
  }

  static String requireId(@Nullable String voiceId) {
    if (voiceId == null || voiceId.isBlank()) {
      throw new IllegalArgumentException("voiceId is required: pass the id of the voice");
    }
    return voiceId;
  }
}
