package io.github.mistralspring.client.internal.groups;

import io.github.mistralspring.client.catalog.Archival;
import io.github.mistralspring.client.catalog.FineTunedModel;
import io.github.mistralspring.client.catalog.FineTunedModelUpdateRequest;
import io.github.mistralspring.client.catalog.ModelCard;
import io.github.mistralspring.client.catalog.ModelList;
import io.github.mistralspring.client.catalog.ReactiveModelsApi;
import io.github.mistralspring.client.internal.Calls;
import io.github.mistralspring.client.internal.MistralRequest;
import io.github.mistralspring.client.model.Deletion;
import reactor.core.publisher.Mono;

/** The reactive models group. */
public final class DefaultReactiveModelsApi extends CallsGroup<ReactiveModelsApi>
    implements ReactiveModelsApi {

  /** The group on a client's calls. */
  public DefaultReactiveModelsApi(Calls calls) {
    super(calls, DefaultReactiveModelsApi::new);
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
  public Mono<Deletion> delete(String modelId) {
    return calls.exchange(
        MistralRequest.of(DELETE).pathVariables(Ids.require(modelId, "modelId")), Deletion.class);
  }

  @Override
  public Mono<FineTunedModel> update(String modelId, FineTunedModelUpdateRequest update) {
    return calls.exchange(
        MistralRequest.of(UPDATE_FINE_TUNED, update).pathVariables(Ids.require(modelId, "modelId")),
        FineTunedModel.class);
  }

  @Override
  public Mono<Archival> archive(String modelId) {
    return calls.exchange(
        MistralRequest.of(ARCHIVE).pathVariables(Ids.require(modelId, "modelId")), Archival.class);
  }

  @Override
  public Mono<Archival> unarchive(String modelId) {
    return calls.exchange(
        MistralRequest.of(UNARCHIVE).pathVariables(Ids.require(modelId, "modelId")),
        Archival.class);
  }
}
