package io.github.mistralspring.client.internal.groups;

import io.github.mistralspring.client.catalog.ArchiveFtModelOut;
import io.github.mistralspring.client.catalog.DeleteModelOut;
import io.github.mistralspring.client.catalog.FtModelOut;
import io.github.mistralspring.client.catalog.ModelCard;
import io.github.mistralspring.client.catalog.ModelList;
import io.github.mistralspring.client.catalog.ReactiveModelsApi;
import io.github.mistralspring.client.catalog.UnarchiveFtModelOut;
import io.github.mistralspring.client.catalog.UpdateFtModelIn;
import io.github.mistralspring.client.internal.Calls;
import io.github.mistralspring.client.internal.MistralRequest;
import reactor.core.publisher.Mono;

/** The reactive models group. */
public final class DefaultReactiveModelsApi implements ReactiveModelsApi {

  private final Calls calls;

  /** The group on a client's calls. */
  public DefaultReactiveModelsApi(Calls calls) {
    this.calls = calls;
  }

  @Override
  public Mono<ModelList> list() {
    return list(null, null);
  }

  @Override
  public Mono<ModelList> list(String provider, String model) {
    return calls.exchange(
        MistralRequest.of(LIST).query("provider", provider).query("model", model), ModelList.class);
  }

  @Override
  public Mono<ModelCard> retrieve(String modelId) {
    return calls.exchange(
        MistralRequest.of(RETRIEVE).pathVariables(Ids.require(modelId, "modelId")),
        ModelCard.class);
  }

  @Override
  public Mono<DeleteModelOut> delete(String modelId) {
    return calls.exchange(
        MistralRequest.of(DELETE).pathVariables(Ids.require(modelId, "modelId")),
        DeleteModelOut.class);
  }

  @Override
  public Mono<FtModelOut> updateFineTuned(String modelId, UpdateFtModelIn update) {
    return calls.exchange(
        MistralRequest.of(UPDATE_FINE_TUNED, update).pathVariables(Ids.require(modelId, "modelId")),
        FtModelOut.class);
  }

  @Override
  public Mono<ArchiveFtModelOut> archive(String modelId) {
    return calls.exchange(
        MistralRequest.of(ARCHIVE).pathVariables(Ids.require(modelId, "modelId")),
        ArchiveFtModelOut.class);
  }

  @Override
  public Mono<UnarchiveFtModelOut> unarchive(String modelId) {
    return calls.exchange(
        MistralRequest.of(UNARCHIVE).pathVariables(Ids.require(modelId, "modelId")),
        UnarchiveFtModelOut.class);
  }
}
