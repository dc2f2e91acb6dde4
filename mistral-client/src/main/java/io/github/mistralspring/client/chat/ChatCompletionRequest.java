package io.github.mistralspring.client.chat;

import io.github.mistralspring.client.model.ChatMessage;
import io.github.mistralspring.client.model.GuardrailConfig;
import io.github.mistralspring.client.model.MessageCompletionRequestBuilder;
import io.github.mistralspring.client.model.Prediction;
import io.github.mistralspring.client.model.PromptMode;
import io.github.mistralspring.client.model.ReasoningEffort;
import io.github.mistralspring.client.model.ResponseFormat;
import io.github.mistralspring.client.model.Stop;
import io.github.mistralspring.client.model.Tool;
import io.github.mistralspring.client.model.ToolChoice;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A request to the chat completions API; build one with {@link #builder()}.
 *
 * <p>Every field is optional on the wire except {@code model} and {@code messages}: an unset (null)
 * field is left out of the JSON so the API applies its default.
 */
@JsonDeserialize(as = ChatCompletionRequestValue.class)
public sealed interface ChatCompletionRequest permits ChatCompletionRequestValue {

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
   * The most tokens to generate.
   *
   * @return the most tokens to generate
   */
  @Nullable Integer maxTokens();

  /**
   * The sequences that end generation, as one string or a list.
   *
   * @return the sequences that end generation, as one string or a list
   */
  @Nullable Stop stop();

  /**
   * The seed for sampling, for repeatable answers.
   *
   * @return the seed for sampling, for repeatable answers
   */
  @Nullable Long randomSeed();

  /**
   * Free-form metadata stored with the request.
   *
   * @return free-form metadata stored with the request
   */
  @Nullable Map<String, Object> metadata();

  /**
   * The conversation so far.
   *
   * @return the conversation so far
   */
  @Nullable List<ChatMessage> messages();

  /**
   * The format the answer must follow.
   *
   * @return the format the answer must follow
   */
  @Nullable ResponseFormat responseFormat();

  /**
   * The tools the model may call.
   *
   * @return the tools the model may call
   */
  @Nullable List<Tool> tools();

  /**
   * Which tool the model should call, if any.
   *
   * @return which tool the model should call, if any
   */
  @Nullable ToolChoice toolChoice();

  /**
   * The penalty for repeating any word already used (-2 to 2).
   *
   * @return the penalty for repeating any word already used (-2 to 2)
   */
  @Nullable Double presencePenalty();

  /**
   * The penalty for repeating words by how often they were used (-2 to 2).
   *
   * @return the penalty for repeating words by how often they were used (-2 to 2)
   */
  @Nullable Double frequencyPenalty();

  /**
   * How many choices to generate.
   *
   * @return how many choices to generate
   */
  @Nullable Integer n();

  /**
   * Expected output, to speed up generation.
   *
   * @return expected output, to speed up generation
   */
  @Nullable Prediction prediction();

  /**
   * Whether the model may call several tools at once.
   *
   * @return whether the model may call several tools at once
   */
  @Nullable Boolean parallelToolCalls();

  /**
   * The system prompt mode, e.g. {@code reasoning}.
   *
   * @return the system prompt mode, e.g. {@code reasoning}
   */
  @Nullable PromptMode promptMode();

  /**
   * How much a reasoning-capable model should think.
   *
   * @return how much a reasoning-capable model should think
   */
  @Nullable ReasoningEffort reasoningEffort();

  /**
   * The moderation guardrails to apply.
   *
   * @return the moderation guardrails to apply
   */
  @Nullable List<GuardrailConfig> guardrails();

  /**
   * A key that lets requests sharing a prefix reuse the prompt cache.
   *
   * @return a key that lets requests sharing a prefix reuse the prompt cache
   */
  @Nullable String promptCacheKey();

  /**
   * Whether to prepend the safety prompt.
   *
   * @return whether to prepend the safety prompt
   */
  @Nullable Boolean safePrompt();

  /**
   * Body properties this client does not model, written as top-level fields.
   *
   * @return body properties this client does not model, written as top-level fields
   */
  Map<String, Object> extraBody();

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
      model = request.model();
      temperature = request.temperature();
      topP = request.topP();
      maxTokens = request.maxTokens();
      stop = request.stop();
      randomSeed = request.randomSeed();
      metadata = request.metadata();
      if (request.messages() != null) {
        messages.addAll(request.messages());
      }
      responseFormat = request.responseFormat();
      tools = request.tools() == null ? null : new ArrayList<>(request.tools());
      toolChoice = request.toolChoice();
      presencePenalty = request.presencePenalty();
      frequencyPenalty = request.frequencyPenalty();
      n = request.n();
      prediction = request.prediction();
      parallelToolCalls = request.parallelToolCalls();
      promptMode = request.promptMode();
      reasoningEffort = request.reasoningEffort();
      guardrails = request.guardrails();
      promptCacheKey = request.promptCacheKey();
      safePrompt = request.safePrompt();
      extraBody.putAll(request.extraBody());
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
