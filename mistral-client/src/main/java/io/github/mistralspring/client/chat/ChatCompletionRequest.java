package io.github.mistralspring.client.chat;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
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
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request to the chat completions API; build one with {@link #builder()}.
 *
 * <p>Every field is optional on the wire except {@code model} and {@code messages}: an unset (null)
 * field is left out of the JSON so the API applies its default.
 *
 * @param model the model to use, e.g. {@code mistral-small-latest}
 * @param temperature the sampling temperature (0 to 1.5)
 * @param topP the nucleus sampling mass (0 to 1)
 * @param maxTokens the most tokens to generate
 * @param stream whether to stream the answer as server-sent events
 * @param stop the sequences that end generation, as one string or a list
 * @param randomSeed the seed for sampling, for repeatable answers
 * @param metadata free-form metadata stored with the request
 * @param messages the conversation so far
 * @param responseFormat the format the answer must follow
 * @param tools the tools the model may call
 * @param toolChoice which tool the model should call, if any
 * @param presencePenalty the penalty for repeating any word already used (-2 to 2)
 * @param frequencyPenalty the penalty for repeating words by how often they were used (-2 to 2)
 * @param n how many choices to generate
 * @param prediction expected output, to speed up generation
 * @param parallelToolCalls whether the model may call several tools at once
 * @param promptMode the system prompt mode, e.g. {@code reasoning}
 * @param reasoningEffort how much a reasoning-capable model should think
 * @param guardrails the moderation guardrails to apply
 * @param promptCacheKey a key that lets requests sharing a prefix reuse the prompt cache
 * @param safePrompt whether to prepend the safety prompt
 * @param extraBody body properties this client does not model, written as top-level fields
 */
public record ChatCompletionRequest(
    String model,
    Double temperature,
    @JsonProperty("top_p") Double topP,
    @JsonProperty("max_tokens") Integer maxTokens,
    Boolean stream,
    Stop stop,
    @JsonProperty("random_seed") Long randomSeed,
    Map<String, Object> metadata,
    List<ChatMessage> messages,
    @JsonProperty("response_format") ResponseFormat responseFormat,
    List<Tool> tools,
    @JsonProperty("tool_choice") ToolChoice toolChoice,
    @JsonProperty("presence_penalty") Double presencePenalty,
    @JsonProperty("frequency_penalty") Double frequencyPenalty,
    Integer n,
    Prediction prediction,
    @JsonProperty("parallel_tool_calls") Boolean parallelToolCalls,
    @JsonProperty("prompt_mode") PromptMode promptMode,
    @JsonProperty("reasoning_effort") ReasoningEffort reasoningEffort,
    List<GuardrailConfig> guardrails,
    @JsonProperty("prompt_cache_key") String promptCacheKey,
    @JsonProperty("safe_prompt") Boolean safePrompt,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extraBody) {

  /** Keeps the extra body read-only; an absent map becomes empty. */
  public ChatCompletionRequest {
    extraBody =
        extraBody == null || extraBody.isEmpty()
            ? Map.of()
            : Collections.unmodifiableMap(new LinkedHashMap<>(extraBody));
  }

  /** Returns a builder for a new request. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this request's values, to derive a changed copy. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Returns this request with {@code stream} set, or this very request if it already is. */
  public ChatCompletionRequest withStream(boolean stream) {
    if (Boolean.valueOf(stream).equals(this.stream)) {
      return this;
    }
    return new ChatCompletionRequest(
        model,
        temperature,
        topP,
        maxTokens,
        stream,
        stop,
        randomSeed,
        metadata,
        messages,
        responseFormat,
        tools,
        toolChoice,
        presencePenalty,
        frequencyPenalty,
        n,
        prediction,
        parallelToolCalls,
        promptMode,
        reasoningEffort,
        guardrails,
        promptCacheKey,
        safePrompt,
        extraBody);
  }

  /** Builds a {@link ChatCompletionRequest}; not thread-safe. */
  public static final class Builder extends MessageCompletionRequestBuilder<Builder> {

    private String model;
    private Double temperature;
    private Double topP;
    private List<GuardrailConfig> guardrails;
    private Boolean safePrompt;

    private Builder() {}

    private Builder(ChatCompletionRequest request) {
      model = request.model;
      temperature = request.temperature;
      topP = request.topP;
      maxTokens = request.maxTokens;
      stream = request.stream;
      stop = request.stop;
      randomSeed = request.randomSeed;
      metadata = request.metadata;
      if (request.messages != null) {
        messages.addAll(request.messages);
      }
      responseFormat = request.responseFormat;
      tools = request.tools == null ? null : new ArrayList<>(request.tools);
      toolChoice = request.toolChoice;
      presencePenalty = request.presencePenalty;
      frequencyPenalty = request.frequencyPenalty;
      n = request.n;
      prediction = request.prediction;
      parallelToolCalls = request.parallelToolCalls;
      promptMode = request.promptMode;
      reasoningEffort = request.reasoningEffort;
      guardrails = request.guardrails;
      promptCacheKey = request.promptCacheKey;
      safePrompt = request.safePrompt;
      extraBody.putAll(request.extraBody);
    }

    /**
     * Sets the model, e.g. {@code mistral-small-latest}; when unset, the client's default chat
     * model is used.
     */
    public Builder model(String model) {
      this.model = model;
      return this;
    }

    /** Sets the sampling temperature. */
    public Builder temperature(Double temperature) {
      this.temperature = temperature;
      return this;
    }

    /**
     * Sets the sampling temperature, from a primitive value: {@code temperature(1)} needs no cast.
     */
    public Builder temperature(double temperature) {
      return temperature(Double.valueOf(temperature));
    }

    /** Sets the nucleus sampling mass. */
    public Builder topP(Double topP) {
      this.topP = topP;
      return this;
    }

    /** Sets the nucleus sampling mass, from a primitive value: {@code topP(1)} needs no cast. */
    public Builder topP(double topP) {
      return topP(Double.valueOf(topP));
    }

    /** Sets the moderation guardrails. */
    public Builder guardrails(List<GuardrailConfig> guardrails) {
      this.guardrails = guardrails;
      return this;
    }

    /** Sets whether to prepend the safety prompt. */
    public Builder safePrompt(Boolean safePrompt) {
      this.safePrompt = safePrompt;
      return this;
    }

    /**
     * Builds the request.
     *
     * @throws IllegalArgumentException when the messages are missing
     */
    public ChatCompletionRequest build() {
      if (messages.isEmpty()) {
        throw new IllegalArgumentException(
            "ChatCompletionRequest.messages is required: add one with"
                + " builder().addUserMessage(\"Hello\")");
      }
      return new ChatCompletionRequest(
          model,
          temperature,
          topP,
          maxTokens,
          stream,
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
