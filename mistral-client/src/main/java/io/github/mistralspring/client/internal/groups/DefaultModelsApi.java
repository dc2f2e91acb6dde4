package io.github.mistralspring.client.internal.groups;

import io.github.mistralspring.client.catalog.Archival;
import io.github.mistralspring.client.catalog.FineTunedModel;
import io.github.mistralspring.client.catalog.FineTunedModelUpdateRequest;
import io.github.mistralspring.client.catalog.ModelCard;
import io.github.mistralspring.client.catalog.ModelList;
import io.github.mistralspring.client.catalog.ModelsApi;
import io.github.mistralspring.client.catalog.ReactiveModelsApi;
import io.github.mistralspring.client.core.RequestOptions;
import io.github.mistralspring.client.internal.Blocking;
import io.github.mistralspring.client.model.Deletion;

/** The blocking models group, waiting on the reactive one. */
public final class DefaultModelsApi implements ModelsApi {

  private final ReactiveModelsApi reactive;

  /** The blocking face of a reactive group. */
  public DefaultModelsApi(ReactiveModelsApi reactive) {
    this.reactive = reactive;
  }

  @Override
  public ModelList list() {
    return Blocking.await(reactive.list());
  }

  @Override
  public ModelList list(String provider, String model) {
    return Blocking.await(reactive.list(provider, model));
  }

  @Override
  public ModelCard retrieve(String modelId) {
    return Blocking.await(reactive.retrieve(modelId));
  }

  @Override
  public Deletion delete(String modelId) {
    return Blocking.await(reactive.delete(modelId));
  }

  @Override
  public FineTunedModel update(String modelId, FineTunedModelUpdateRequest update) {
    return Blocking.await(reactive.update(modelId, update));
  }

  @Override
  public Archival archive(String modelId) {
    return Blocking.await(reactive.archive(modelId));
  }

  @Override
  public Archival unarchive(String modelId) {
    return Blocking.await(reactive.unarchive(modelId));
  }

  @Override
  public ModelsApi withOptions(RequestOptions options) {
    return new DefaultModelsApi(reactive.withOptions(options));
  }
}
