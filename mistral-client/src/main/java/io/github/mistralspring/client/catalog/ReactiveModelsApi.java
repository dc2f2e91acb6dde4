package io.github.mistralspring.client.catalog;

import io.github.mistralspring.client.core.MistralOperation;
import io.github.mistralspring.client.core.WithOptions;
import io.github.mistralspring.client.model.Deletion;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * Models: list, describe and delete them, and update or archive fine-tuned ones, as {@link Mono};
 * get it from {@code ReactiveMistralClient.models()}.
 *
 * <p>An error the API answers with is signalled as a {@code MistralApiException} (package {@code
 * error}); a null model id throws a {@link NullPointerException} and a blank one an {@link
 * IllegalArgumentException} at the call, before anything is sent.
 */
public interface ReactiveModelsApi extends WithOptions<ReactiveModelsApi> {

  /** Lists the models. */
  MistralOperation LIST = MistralOperation.get("models.list", "/v1/models");

  /** Describes one model. */
  MistralOperation RETRIEVE = MistralOperation.get("models.retrieve", "/v1/models/{model_id}");

  /** Deletes a fine-tuned model. */
  MistralOperation DELETE = MistralOperation.delete("models.delete", "/v1/models/{model_id}");

  /** Renames or re-describes a fine-tuned model; changes state, so never retried once sent. */
  MistralOperation UPDATE_FINE_TUNED =
      new MistralOperation(
          "models.update", "PATCH", "/v1/fine_tuning/models/{model_id}", false, false);

  /** Archives a fine-tuned model; changes state, so never retried once sent. */
  MistralOperation ARCHIVE =
      MistralOperation.statefulPost("models.archive", "/v1/fine_tuning/models/{model_id}/archive");

  /**
   * Unarchives a fine-tuned model; the counterpart of {@link #ARCHIVE} and, like it, never retried
   * once sent.
   */
  MistralOperation UNARCHIVE =
      new MistralOperation(
          "models.unarchive", "DELETE", "/v1/fine_tuning/models/{model_id}/archive", false, false);

  /**
   * Lists the models available to the caller.
   *
   * @return every model the key may use, base and fine-tuned
   */
  Mono<ModelList> list();

  /**
   * Lists the models available to the caller, filtered by provider and model name.
   *
   * @param provider the provider to list the models of; null for all
   * @param model the model name to filter by; null for all
   * @return the models that match
   */
  Mono<ModelList> list(@Nullable String provider, @Nullable String model);

  /**
   * Describes one model, base or fine-tuned.
   *
   * @param modelId the model's id or alias, such as {@code mistral-small-latest}
   * @return the model's card; a {@link BaseModelCard} or a {@link FineTunedModelCard}
   */
  Mono<ModelCard> retrieve(String modelId);

  /**
   * Deletes a fine-tuned model.
   *
   * @param modelId the fine-tuned model's id ({@link FineTunedModel#id()})
   * @return the id of the deleted model, and whether it was deleted
   */
  Mono<Deletion> delete(String modelId);

  /**
   * Changes the name or description of a fine-tuned model and emits the updated model.
   *
   * @param modelId the fine-tuned model's id ({@link FineTunedModel#id()})
   * @param update the new name or description; what it leaves unset stays as it is
   * @return the model as updated
   */
  Mono<FineTunedModel> update(String modelId, FineTunedModelUpdateRequest update);

  /**
   * Archives a fine-tuned model.
   *
   * @param modelId the fine-tuned model's id ({@link FineTunedModel#id()})
   * @return the model's id, with {@link Archival#archived()} true
   */
  Mono<Archival> archive(String modelId);

  /**
   * Unarchives a fine-tuned model.
   *
   * @param modelId the fine-tuned model's id ({@link FineTunedModel#id()})
   * @return the model's id, with {@link Archival#archived()} false
   */
  Mono<Archival> unarchive(String modelId);
}
