package io.github.mistralspring.client.catalog;

import io.github.mistralspring.client.core.WithOptions;
import io.github.mistralspring.client.model.Deletion;

/**
 * Models: list, describe and delete them, and update or archive fine-tuned ones, blocking; get it
 * from {@code MistralClient.models()}.
 */
public interface ModelsApi extends WithOptions<ModelsApi> {

  /** Lists the models available to the caller. */
  ModelList list();

  /** Lists the models available to the caller, filtered by provider and model name (or null). */
  ModelList list(String provider, String model);

  /** Describes one model, base or fine-tuned. */
  ModelCard retrieve(String modelId);

  /** Deletes a fine-tuned model. */
  Deletion delete(String modelId);

  /** Changes the name or description of a fine-tuned model and returns the updated model. */
  FineTunedModel update(String modelId, FineTunedModelUpdateRequest update);

  /** Archives a fine-tuned model. */
  Archival archive(String modelId);

  /** Unarchives a fine-tuned model. */
  Archival unarchive(String modelId);
}
