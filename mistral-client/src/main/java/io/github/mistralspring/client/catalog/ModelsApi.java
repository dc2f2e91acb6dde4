package io.github.mistralspring.client.catalog;

import io.github.mistralspring.client.core.WithOptions;
import io.github.mistralspring.client.model.Deletion;
import org.jspecify.annotations.Nullable;

/**
 * Models: list, describe and delete them, and update or archive fine-tuned ones, blocking; get it
 * from {@code MistralClient.models()}.
 *
 * <p>An error the API answers with is thrown as a {@code MistralApiException} (package {@code
 * error}); a null model id throws a {@link NullPointerException} and a blank one an {@link
 * IllegalArgumentException}, before anything is sent.
 */
public interface ModelsApi extends WithOptions<ModelsApi> {

  /**
   * Lists the models available to the caller.
   *
   * @return every model the key may use, base and fine-tuned
   */
  ModelList list();

  /**
   * Lists the models available to the caller, filtered by provider and model name.
   *
   * @param provider the provider to list the models of; null for all
   * @param model the model name to filter by; null for all
   * @return the models that match
   */
  ModelList list(@Nullable String provider, @Nullable String model);

  /**
   * Describes one model, base or fine-tuned.
   *
   * @param modelId the model's id or alias, such as {@code mistral-small-latest}
   * @return the model's card; a {@link BaseModelCard} or a {@link FineTunedModelCard}
   */
  ModelCard retrieve(String modelId);

  /**
   * Deletes a fine-tuned model.
   *
   * @param modelId the fine-tuned model's id ({@link FineTunedModel#id()})
   * @return the id of the deleted model, and whether it was deleted
   */
  Deletion delete(String modelId);

  /**
   * Changes the name or description of a fine-tuned model and returns the updated model.
   *
   * @param modelId the fine-tuned model's id ({@link FineTunedModel#id()})
   * @param update the new name or description; what it leaves unset stays as it is
   * @return the model as updated
   */
  FineTunedModel update(String modelId, FineTunedModelUpdateRequest update);

  /**
   * Archives a fine-tuned model.
   *
   * @param modelId the fine-tuned model's id ({@link FineTunedModel#id()})
   * @return the model's id, with {@link Archival#archived()} true
   */
  Archival archive(String modelId);

  /**
   * Unarchives a fine-tuned model.
   *
   * @param modelId the fine-tuned model's id ({@link FineTunedModel#id()})
   * @return the model's id, with {@link Archival#archived()} false
   */
  Archival unarchive(String modelId);
}
