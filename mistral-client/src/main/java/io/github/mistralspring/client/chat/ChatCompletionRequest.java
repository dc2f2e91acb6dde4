package io.github.mistralspring.client.chat;

import io.github.mistralspring.client.model.GuardrailConfig;
import io.github.mistralspring.client.model.MessageCompletionParameters;
import io.github.mistralspring.client.model.MessageCompletionRequestBuilder;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A request to the chat completions API; build one with {@link #builder()}.
 *
 * <p>Every field is optional on the wire except {@code model} and {@code messages}: an unset (null)
 * field is left out of the JSON so the API applies its default.
 */
@JsonDeserialize(as = ChatCompletionRequestValue.class)
public sealed interface ChatCompletionRequest extends MessageCompletionParameters
    permits ChatCompletionRequestValue {

  /**
   * The model to use, e.g. {@code mistral-small-latest}.
   *
   * @return the model to use, e.g. {@code mistral-small-latest}
   */
  @Nullable String model();

  /**
   * The sampling temperature (0 to 1.5).
   *
   * @return the sampling temperature (0 to 1.5)
   */
  @Nullable Double temperature();

  /**
   * The nucleus sampling mass (0 to 1).
   *
   * @return the nucleus sampling mass (0 to 1)
   */
  @Nullable Double topP();

  /**
   * The moderation guardrails to apply.
   *
   * @return the moderation guardrails to apply
   */
  @Nullable List<GuardrailConfig> guardrails();

  /**
   * Whether to prepend the safety prompt.
   *
   * @return whether to prepend the safety prompt
   */
  @Nullable Boolean safePrompt();

  /**
   * Returns a builder for a new request.
   *
   * @return a builder with no message and every option unset
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this request's values, to derive a changed copy.
   *
   * @return a builder that starts from this request; changing it leaves this request as it is
   */
  Builder toBuilder();

  /** Builds a {@link ChatCompletionRequest}; not thread-safe. */
  final class Builder extends MessageCompletionRequestBuilder<Builder> {

    private @Nullable String model;
    private @Nullable Double temperature;
    private @Nullable Double topP;
    private @Nullable List<GuardrailConfig> guardrails;
    private @Nullable Boolean safePrompt;

    Builder() {}

    Builder(ChatCompletionRequest request) {
      super(request);
      model = request.model();
      temperature = request.temperature();
      topP = request.topP();
      guardrails = request.guardrails();
      safePrompt = request.safePrompt();
    }

    /**
     * Sets the model, e.g. {@code mistral-small-latest}; when unset, the client's default chat
     * model is used.
     *
     * @param model the model's name; null clears it, so the client's default chat model is used
     * @return this builder
     */
    public Builder model(@Nullable String model) {
      this.model = model;
      return this;
    }

    /**
     * Sets the sampling temperature.
     *
     * @param temperature the temperature, 0 to 1.5; null clears it, so the API's default applies
     * @return this builder
     */
    public Builder temperature(@Nullable Double temperature) {
      this.temperature = temperature;
      return this;
    }

    /**
     * Sets the sampling temperature, from a primitive value: {@code temperature(1)} needs no cast.
     *
     * @param temperature the temperature, 0 to 1.5
     * @return this builder
     */
    public Builder temperature(double temperature) {
      return temperature(Double.valueOf(temperature));
    }

    /**
     * Sets the nucleus sampling mass.
     *
     * @param topP the probability mass of the tokens to sample from, 0 to 1; null clears it, so the
     *     API's default applies
     * @return this builder
     */
    public Builder topP(@Nullable Double topP) {
      this.topP = topP;
      return this;
    }

    /**
     * Sets the nucleus sampling mass, from a primitive value: {@code topP(1)} needs no cast.
     *
     * @param topP the probability mass of the tokens to sample from, 0 to 1
     * @return this builder
     */
    public Builder topP(double topP) {
      return topP(Double.valueOf(topP));
    }

    /**
     * Sets the moderation guardrails.
     *
     * @param guardrails the guardrails to apply to the conversation; null clears them
     * @return this builder
     */
    public Builder guardrails(@Nullable List<GuardrailConfig> guardrails) {
      this.guardrails = guardrails;
      return this;
    }

    /**
     * Sets whether to prepend the safety prompt.
     *
     * @param safePrompt true to prepend it; null clears it, so the API's default (not prepended)
     *     applies
     * @return this builder
     */
    public Builder safePrompt(@Nullable Boolean safePrompt) {
      this.safePrompt = safePrompt;
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request, with the options left unset absent
     * @throws IllegalStateException when the messages are missing
     */
    public ChatCompletionRequest build() {
      if (messages.isEmpty()) {
        throw new IllegalStateException(
            "ChatCompletionRequest.messages is required: add one with"
                + " builder().addUserMessage(\"Hello\")");
      }
      return new ChatCompletionRequestValue(
          model,
          temperature,
          topP,
          maxTokens,
          stop,
          randomSeed,
          metadata,
          List.copyOf(messages),
          responseFormat,
          tools == null ? null : List.copyOf(tools),
          toolChoice,
          presencePenalty,
          frequencyPenalty,
          n,
          prediction,
          parallelToolCalls,
          promptMode,
          reasoningEffort,
          guardrails == null ? null : List.copyOf(guardrails),
          promptCacheKey,
          safePrompt,
          extraBody);
    }
  }
}
