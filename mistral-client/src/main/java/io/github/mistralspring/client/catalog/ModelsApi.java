package io.github.mistralspring.client.catalog;

import io.github.mistralspring.client.internal.Blocking;

/** Models: list, describe and delete them, and update or archive fine-tuned ones, blocking. */
public final class ModelsApi {

  private final ReactiveModelsApi reactive;

  /** Creates the blocking face over the reactive API group. */
  public ModelsApi(ReactiveModelsApi reactive) {
    this.reactive = reactive;
  }

  /** Lists the models available to the caller. */
  public ModelList list() {
    return Blocking.await(reactive.list());
  }

  /** Lists the models available to the caller, filtered by provider and model name (or null). */
  public ModelList list(String provider, String model) {
    return Blocking.await(reactive.list(provider, model));
  }

  /** Describes one model, base or fine-tuned. */
  public ModelCard retrieve(String modelId) {
    return Blocking.await(reactive.retrieve(modelId));
  }

  /** Deletes a fine-tuned model. */
  public DeleteModelOut delete(String modelId) {
    return Blocking.await(reactive.delete(modelId));
  }

  /** Changes the name or description of a fine-tuned model and returns the updated model. */
  public FtModelOut updateFineTuned(String modelId, UpdateFtModelIn update) {
    return Blocking.await(reactive.updateFineTuned(modelId, update));
  }

  /** Archives a fine-tuned model. */
  public ArchiveFtModelOut archive(String modelId) {
    return Blocking.await(reactive.archive(modelId));
  }

  /** Unarchives a fine-tuned model. */
  public UnarchiveFtModelOut unarchive(String modelId) {
    return Blocking.await(reactive.unarchive(modelId));
  }
}
