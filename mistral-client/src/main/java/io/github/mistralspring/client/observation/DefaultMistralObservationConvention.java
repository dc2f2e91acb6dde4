package io.github.mistralspring.client.observation;

import io.github.mistralspring.client.error.MistralApiException;
import io.github.mistralspring.client.observation.MistralObservationDocumentation.HighCardinalityKeyNames;
import io.github.mistralspring.client.observation.MistralObservationDocumentation.LowCardinalityKeyNames;
import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;
import java.util.Map;

/**
 * Names the observation {@value #NAME} and tags it after the OpenTelemetry GenAI semantic
 * conventions. Tags without a value read {@code none}, so that every meter has the same tag keys.
 */
public class DefaultMistralObservationConvention implements MistralObservationConvention {

  /** The name of the observation; its timer is published as an operation duration. */
  public static final String NAME = "gen_ai.client.operation";

  /** The value of {@code gen_ai.provider.name}. */
  public static final String PROVIDER = "mistral_ai";

  private static final String NONE = "none";

  private static final KeyValue PROVIDER_NAME =
      KeyValue.of(LowCardinalityKeyNames.PROVIDER_NAME, PROVIDER);

  // The client's operations that have a GenAI name; any other keeps the client's own name.
  private static final Map<String, String> GEN_AI_OPERATIONS =
      Map.of(
          "chat", "chat",
          "chat.stream", "chat",
          "fim", "text_completion",
          "fim.stream", "text_completion",
          "agents", "invoke_agent",
          "agents.stream", "invoke_agent",
          "embeddings", "embeddings");

  @Override
  public String getName() {
    return NAME;
  }

  /** The span's name: the operation and the model, such as {@code chat mistral-small-latest}. */
  @Override
  public String getContextualName(MistralObservationContext context) {
    String operation = operationName(context);
    return context.getRequestModel() == null
        ? operation
        : operation + " " + context.getRequestModel();
  }

  @Override
  public KeyValues getLowCardinalityKeyValues(MistralObservationContext context) {
    return KeyValues.of(
        KeyValue.of(LowCardinalityKeyNames.OPERATION_NAME, operationName(context)),
        PROVIDER_NAME,
        KeyValue.of(LowCardinalityKeyNames.REQUEST_MODEL, orNone(context.getRequestModel())),
        KeyValue.of(LowCardinalityKeyNames.RESPONSE_MODEL, orNone(context.getResponseModel())),
        KeyValue.of(LowCardinalityKeyNames.ERROR_TYPE, errorType(context)),
        KeyValue.of(LowCardinalityKeyNames.MISTRAL_OPERATION, context.getOperation().name()));
  }

  @Override
  public KeyValues getHighCardinalityKeyValues(MistralObservationContext context) {
    KeyValues values = KeyValues.empty();
    if (context.getResponseId() != null) {
      values = values.and(HighCardinalityKeyNames.RESPONSE_ID.withValue(context.getResponseId()));
    }
    if (!context.getFinishReasons().isEmpty()) {
      values =
          values.and(
              HighCardinalityKeyNames.RESPONSE_FINISH_REASONS.withValue(
                  String.join(",", context.getFinishReasons())));
    }
    if (context.isContentIncluded()) {
      if (context.getPrompt() != null) {
        values = values.and(HighCardinalityKeyNames.PROMPT.withValue(context.getPrompt()));
      }
      if (context.getCompletion() != null) {
        values = values.and(HighCardinalityKeyNames.COMPLETION.withValue(context.getCompletion()));
      }
    }
    return values;
  }

  /**
   * The GenAI name of the operation, or the client's own name when GenAI has none.
   *
   * @param context the context of the call
   * @return the {@code gen_ai.operation.name} value, such as {@code chat}
   */
  protected String operationName(MistralObservationContext context) {
    String name = context.getOperation().name();
    return GEN_AI_OPERATIONS.getOrDefault(name, name);
  }

  /**
   * The kind of failure: the HTTP status for an error answer, the exception's simple name for other
   * failures, {@code cancelled} when the caller cancelled, {@code none} for a success.
   *
   * @param context the context of the call
   * @return the {@code error.type} value: a status code, an exception's simple name, {@code
   *     cancelled} or {@code none}
   */
  protected String errorType(MistralObservationContext context) {
    Throwable error = context.getError();
    if (error instanceof MistralApiException api) {
      return Integer.toString(api.statusCode());
    }
    if (error != null) {
      return error.getClass().getSimpleName();
    }
    return context.isCancelled() ? "cancelled" : NONE;
  }

  private static String orNone(String value) {
    return value == null || value.isBlank() ? NONE : value;
  }
}
