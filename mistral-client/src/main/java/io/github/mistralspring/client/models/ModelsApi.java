package io.github.mistralspring.client.models;

/** Models: list, describe and delete them, and update or archive fine-tuned ones, blocking. */
public final class ModelsApi {

  private final ReactiveModelsApi reactive;

  /** Creates the blocking face over the reactive API group. */
  public ModelsApi(ReactiveModelsApi reactive) {
    this.reactive = reactive;
  }

  /** Lists the models available to the caller. */
  public ModelList list() {
    return reactive.list().block();
  }

  /** Lists the models available to the caller, filtered by provider and model name (or null). */
  public ModelList list(String provider, String model) {
    return reactive.list(provider, model).block();
  }

  /** Describes one model, base or fine-tuned. */
  public ModelCard retrieve(String modelId) {
    return reactive.retrieve(modelId).block();
  }

  /** Deletes a fine-tuned model. */
  public DeleteModelOut delete(String modelId) {
    return reactive.delete(modelId).block();
  }

  /** Changes the name or description of a fine-tuned model and returns the updated model. */
  public FtModelOut updateFineTuned(String modelId, UpdateFtModelIn update) {
    return reactive.updateFineTuned(modelId, update).block();
  }

  /** Archives a fine-tuned model. */
  public ArchiveFtModelOut archive(String modelId) {
    return reactive.archive(modelId).block();
  }

  /** Unarchives a fine-tuned model. */
  public UnarchiveFtModelOut unarchive(String modelId) {
    return reactive.unarchive(modelId).block();
  }
}
