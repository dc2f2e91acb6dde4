package io.github.mistralspring.client.catalog;

import io.github.mistralspring.client.core.MistralOperation;
import io.github.mistralspring.client.internal.MistralRequest;
import io.github.mistralspring.client.internal.MistralTransport;
import reactor.core.publisher.Mono;

/**
 * Models: list, describe and delete them, and update or archive fine-tuned ones, as {@link Mono}.
 */
public final class ReactiveModelsApi {

  /** Lists the models. */
  public static final MistralOperation LIST = MistralOperation.get("models.list", "/v1/models");

  /** Describes one model. */
  public static final MistralOperation RETRIEVE =
      MistralOperation.get("models.retrieve", "/v1/models/{model_id}");

  /** Deletes a fine-tuned model. */
  public static final MistralOperation DELETE =
      MistralOperation.delete("models.delete", "/v1/models/{model_id}");

  /** Renames or re-describes a fine-tuned model; changes state, so never retried once sent. */
  public static final MistralOperation UPDATE_FINE_TUNED =
      new MistralOperation(
          "models.update", "PATCH", "/v1/fine_tuning/models/{model_id}", false, false);

  /** Archives a fine-tuned model; changes state, so never retried once sent. */
  public static final MistralOperation ARCHIVE =
      MistralOperation.statefulPost("models.archive", "/v1/fine_tuning/models/{model_id}/archive");

  /**
   * Unarchives a fine-tuned model; the counterpart of {@link #ARCHIVE} and, like it, never retried
   * once sent.
   */
  public static final MistralOperation UNARCHIVE =
      new MistralOperation(
          "models.unarchive", "DELETE", "/v1/fine_tuning/models/{model_id}/archive", false, false);

  private final MistralTransport transport;

  /**
   * Creates the API group on a transport; clients create it, users get it from {@code models()}.
   */
  public ReactiveModelsApi(MistralTransport transport) {
    this.transport = transport;
  }

  /** Lists the models available to the caller. */
  public Mono<ModelList> list() {
    return list(null, null);
  }

  /**
   * Lists the models available to the caller, filtered by provider and model name.
   *
   * @param provider the provider to list the models of, or null for all
   * @param model the model name to filter by, or null for all
   */
  public Mono<ModelList> list(String provider, String model) {
    return transport.exchange(
        MistralRequest.of(LIST).query("provider", provider).query("model", model), ModelList.class);
  }

  /** Describes one model, base or fine-tuned. */
  public Mono<ModelCard> retrieve(String modelId) {
    return transport.exchange(
        MistralRequest.of(RETRIEVE).pathVariables(requireId(modelId)), ModelCard.class);
  }

  /** Deletes a fine-tuned model. */
  public Mono<DeleteModelOut> delete(String modelId) {
    return transport.exchange(
        MistralRequest.of(DELETE).pathVariables(requireId(modelId)), DeleteModelOut.class);
  }

  /** Changes the name or description of a fine-tuned model and emits the updated model. */
  public Mono<FtModelOut> updateFineTuned(String modelId, UpdateFtModelIn update) {
    return transport.exchange(
        MistralRequest.of(UPDATE_FINE_TUNED, update).pathVariables(requireId(modelId)),
        FtModelOut.class);
  }

  /** Archives a fine-tuned model. */
  public Mono<ArchiveFtModelOut> archive(String modelId) {
    return transport.exchange(
        MistralRequest.of(ARCHIVE).pathVariables(requireId(modelId)), ArchiveFtModelOut.class);
  }

  /** Unarchives a fine-tuned model. */
  public Mono<UnarchiveFtModelOut> unarchive(String modelId) {
    return transport.exchange(
        MistralRequest.of(UNARCHIVE).pathVariables(requireId(modelId)), UnarchiveFtModelOut.class);
  }

  private static String requireId(String modelId) {
    if (modelId == null || modelId.isBlank()) {
      throw new IllegalArgumentException("modelId is required");
    }
    return modelId;
  }
}
