package io.github.mistralspring.client.beta.tools;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.mistralspring.client.model.Prediction;
import io.github.mistralspring.client.model.ReasoningEffort;
import io.github.mistralspring.client.model.ResponseFormat;
import io.github.mistralspring.client.model.Stop;
import io.github.mistralspring.client.model.ToolChoiceMode;
import org.jspecify.annotations.Nullable;

/**
 * Sampling and output settings of an agent or a conversation ({@code completion_args}); every field
 * is optional and absent leaves the API's default (or the agent's, for a conversation).
 *
 * @param stop stop sequences
 * @param presencePenalty penalty for tokens already present, -2 to 2
 * @param frequencyPenalty penalty by token frequency, -2 to 2
 * @param temperature sampling temperature, 0 to 1
 * @param topP nucleus sampling mass, 0 to 1
 * @param maxTokens the most tokens to generate
 * @param randomSeed the seed for sampling
 * @param prediction expected output, to speed generation up
 * @param responseFormat the output format (text, JSON object, JSON schema)
 * @param toolChoice whether and how the model must call tools
 * @param reasoningEffort how much the model reasons before answering
 */
public record CompletionArgs(
    @Nullable Stop stop,
    @JsonProperty("presence_penalty") @Nullable Double presencePenalty,
    @JsonProperty("frequency_penalty") @Nullable Double frequencyPenalty,
    @Nullable Double temperature,
    @JsonProperty("top_p") @Nullable Double topP,
    @JsonProperty("max_tokens") @Nullable Integer maxTokens,
    @JsonProperty("random_seed") @Nullable Integer randomSeed,
    @Nullable Prediction prediction,
    @JsonProperty("response_format") @Nullable ResponseFormat responseFormat,
    @JsonProperty("tool_choice") @Nullable ToolChoiceMode toolChoice,
    @JsonProperty("reasoning_effort") @Nullable ReasoningEffort reasoningEffort) {

  /**
   * Starts building completion arguments.
   *
   * @return a builder with every field unset
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link CompletionArgs}; unset fields are left out of the request. */
  public static final class Builder {
    private @Nullable Stop stop;
    private @Nullable Double presencePenalty;
    private @Nullable Double frequencyPenalty;
    private @Nullable Double temperature;
    private @Nullable Double topP;
    private @Nullable Integer maxTokens;
    private @Nullable Integer randomSeed;
    private @Nullable Prediction prediction;
    private @Nullable ResponseFormat responseFormat;
    private @Nullable ToolChoiceMode toolChoice;
    private @Nullable ReasoningEffort reasoningEffort;

    private Builder() {}

    /**
     * Sets the stop sequences.
     *
     * @param value the stop sequences; null clears it, so the API's default applies
     * @return this builder
     */
    public Builder stop(@Nullable Stop value) {
      this.stop = value;
      return this;
    }

    /**
     * Sets the presence penalty.
     *
     * @param value the penalty for tokens already present, -2 to 2; null clears it, so the API's
     *     default applies
     * @return this builder
     */
    public Builder presencePenalty(@Nullable Double value) {
      this.presencePenalty = value;
      return this;
    }

    /**
     * Sets the presence penalty, from a primitive value: {@code presencePenalty(1)} needs no cast.
     *
     * @param value the penalty for tokens already present, -2 to 2
     * @return this builder
     */
    public Builder presencePenalty(double value) {
      return presencePenalty(Double.valueOf(value));
    }

    /**
     * Sets the frequency penalty.
     *
     * @param value the penalty by token frequency, -2 to 2; null clears it, so the API's default
     *     applies
     * @return this builder
     */
    public Builder frequencyPenalty(@Nullable Double value) {
      this.frequencyPenalty = value;
      return this;
    }

    /**
     * Sets the frequency penalty, from a primitive value: {@code frequencyPenalty(1)} needs no
     * cast.
     *
     * @param value the penalty by token frequency, -2 to 2
     * @return this builder
     */
    public Builder frequencyPenalty(double value) {
      return frequencyPenalty(Double.valueOf(value));
    }

    /**
     * Sets the sampling temperature.
     *
     * @param value the sampling temperature, 0 to 1; null clears it, so the API's default applies
     * @return this builder
     */
    public Builder temperature(@Nullable Double value) {
      this.temperature = value;
      return this;
    }

    /**
     * Sets the sampling temperature, from a primitive value: {@code temperature(1)} needs no cast.
     *
     * @param value the sampling temperature, 0 to 1
     * @return this builder
     */
    public Builder temperature(double value) {
      return temperature(Double.valueOf(value));
    }

    /**
     * Sets the nucleus sampling mass.
     *
     * @param value the nucleus sampling mass, 0 to 1; null clears it, so the API's default applies
     * @return this builder
     */
    public Builder topP(@Nullable Double value) {
      this.topP = value;
      return this;
    }

    /**
     * Sets the nucleus sampling mass, from a primitive value: {@code topP(1)} needs no cast.
     *
     * @param value the nucleus sampling mass, 0 to 1
     * @return this builder
     */
    public Builder topP(double value) {
      return topP(Double.valueOf(value));
    }

    /**
     * Sets the most tokens to generate.
     *
     * @param value the most tokens to generate; null clears it, so the API's default applies
     * @return this builder
     */
    public Builder maxTokens(@Nullable Integer value) {
      this.maxTokens = value;
      return this;
    }

    /**
     * Sets the sampling seed.
     *
     * @param value the seed, for repeatable sampling; null clears it, so the API's default applies
     * @return this builder
     */
    public Builder randomSeed(@Nullable Integer value) {
      this.randomSeed = value;
      return this;
    }

    /**
     * Sets the expected output.
     *
     * @param value the expected output; null clears it, so the API's default applies
     * @return this builder
     */
    public Builder prediction(@Nullable Prediction value) {
      this.prediction = value;
      return this;
    }

    /**
     * Sets the output format.
     *
     * @param value the output format; null clears it, so the API's default applies
     * @return this builder
     */
    public Builder responseFormat(@Nullable ResponseFormat value) {
      this.responseFormat = value;
      return this;
    }

    /**
     * Sets whether and how the model must call tools.
     *
     * @param value whether and how the model must call tools; null clears it, so the API's default
     *     applies
     * @return this builder
     */
    public Builder toolChoice(@Nullable ToolChoiceMode value) {
      this.toolChoice = value;
      return this;
    }

    /**
     * Sets the reasoning effort.
     *
     * @param value how much the model reasons; null clears it, so the API's default applies
     * @return this builder
     */
    public Builder reasoningEffort(@Nullable ReasoningEffort value) {
      this.reasoningEffort = value;
      return this;
    }

    /**
     * Builds the arguments.
     *
     * @return the arguments, with the fields left unset absent
     */
    public CompletionArgs build() {
      return new CompletionArgs(
          stop,
          presencePenalty,
          frequencyPenalty,
          temperature,
          topP,
          maxTokens,
          randomSeed,
          prediction,
          responseFormat,
          toolChoice,
          reasoningEffort);
    }
  }
}
