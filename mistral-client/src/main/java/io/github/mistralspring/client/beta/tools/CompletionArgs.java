package io.github.mistralspring.client.beta.tools;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.mistralspring.client.model.Prediction;
import io.github.mistralspring.client.model.ReasoningEffort;
import io.github.mistralspring.client.model.ResponseFormat;
import io.github.mistralspring.client.model.Stop;
import io.github.mistralspring.client.model.ToolChoiceMode;

/**
 * Sampling and output settings of an agent or a conversation ({@code completion_args}); every field
 * is optional.
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
    Stop stop,
    @JsonProperty("presence_penalty") Double presencePenalty,
    @JsonProperty("frequency_penalty") Double frequencyPenalty,
    Double temperature,
    @JsonProperty("top_p") Double topP,
    @JsonProperty("max_tokens") Integer maxTokens,
    @JsonProperty("random_seed") Integer randomSeed,
    Prediction prediction,
    @JsonProperty("response_format") ResponseFormat responseFormat,
    @JsonProperty("tool_choice") ToolChoiceMode toolChoice,
    @JsonProperty("reasoning_effort") ReasoningEffort reasoningEffort) {

  /** Starts building completion arguments. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link CompletionArgs}; unset fields are left out of the request. */
  public static final class Builder {
    private Stop stop;
    private Double presencePenalty;
    private Double frequencyPenalty;
    private Double temperature;
    private Double topP;
    private Integer maxTokens;
    private Integer randomSeed;
    private Prediction prediction;
    private ResponseFormat responseFormat;
    private ToolChoiceMode toolChoice;
    private ReasoningEffort reasoningEffort;

    private Builder() {}

    /** Sets the stop sequences. */
    public Builder stop(Stop value) {
      this.stop = value;
      return this;
    }

    /** Sets the presence penalty. */
    public Builder presencePenalty(Double value) {
      this.presencePenalty = value;
      return this;
    }

    /**
     * Sets the presence penalty, from a primitive value: {@code presencePenalty(1)} needs no cast.
     */
    public Builder presencePenalty(double value) {
      return presencePenalty(Double.valueOf(value));
    }

    /** Sets the frequency penalty. */
    public Builder frequencyPenalty(Double value) {
      this.frequencyPenalty = value;
      return this;
    }

    /**
     * Sets the frequency penalty, from a primitive value: {@code frequencyPenalty(1)} needs no
     * cast.
     */
    public Builder frequencyPenalty(double value) {
      return frequencyPenalty(Double.valueOf(value));
    }

    /** Sets the sampling temperature. */
    public Builder temperature(Double value) {
      this.temperature = value;
      return this;
    }

    /**
     * Sets the sampling temperature, from a primitive value: {@code temperature(1)} needs no cast.
     */
    public Builder temperature(double value) {
      return temperature(Double.valueOf(value));
    }

    /** Sets the nucleus sampling mass. */
    public Builder topP(Double value) {
      this.topP = value;
      return this;
    }

    /** Sets the nucleus sampling mass, from a primitive value: {@code topP(1)} needs no cast. */
    public Builder topP(double value) {
      return topP(Double.valueOf(value));
    }

    /** Sets the most tokens to generate. */
    public Builder maxTokens(Integer value) {
      this.maxTokens = value;
      return this;
    }

    /** Sets the sampling seed. */
    public Builder randomSeed(Integer value) {
      this.randomSeed = value;
      return this;
    }

    /** Sets the expected output. */
    public Builder prediction(Prediction value) {
      this.prediction = value;
      return this;
    }

    /** Sets the output format. */
    public Builder responseFormat(ResponseFormat value) {
      this.responseFormat = value;
      return this;
    }

    /** Sets whether and how the model must call tools. */
    public Builder toolChoice(ToolChoiceMode value) {
      this.toolChoice = value;
      return this;
    }

    /** Sets the reasoning effort. */
    public Builder reasoningEffort(ReasoningEffort value) {
      this.reasoningEffort = value;
      return this;
    }

    /** Builds the arguments. */
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
