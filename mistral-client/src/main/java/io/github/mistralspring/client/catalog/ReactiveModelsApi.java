package io.github.mistralspring.client.catalog;

import io.github.mistralspring.client.core.MistralOperation;
import io.github.mistralspring.client.core.WithOptions;
import io.github.mistralspring.client.model.Deletion;
import reactor.core.publisher.Mono;

/**
 * Models: list, describe and delete them, and update or archive fine-tuned ones, as {@link Mono};
 * get it from {@code ReactiveMistralClient.models()}.
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

  /** Lists the models available to the caller. */
  Mono<ModelList> list();

  /**
   * Lists the models available to the caller, filtered by provider and model name.
   *
   * @param provider the provider to list the models of, or null for all
   * @param model the model name to filter by, or null for all
   */
  Mono<ModelList> list(String provider, String model);

  /** Describes one model, base or fine-tuned. */
  Mono<ModelCard> retrieve(String modelId);

  /** Deletes a fine-tuned model. */
  Mono<Deletion> delete(String modelId);

  /** Changes the name or description of a fine-tuned model and emits the updated model. */
  Mono<FineTunedModel> update(String modelId, FineTunedModelUpdateRequest update);

  /** Archives a fine-tuned model. */
  Mono<Archival> archive(String modelId);

  /** Unarchives a fine-tuned model. */
  Mono<Archival> unarchive(String modelId);
}
