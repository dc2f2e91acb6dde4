package io.github.mistralspring.client.agents;

import io.github.mistralspring.client.model.ChatMessage;
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
 * A request to the agents completions API, which answers with the model, instructions and tools of
 * an agent; build one with {@link #builder()}.
 *
 * <p>{@code agent_id} and {@code messages} are required; an unset (null) field is left out of the
 * JSON so the API (or the agent's configuration) applies its default.
 */
@JsonDeserialize(as = AgentsCompletionRequestValue.class)
public sealed interface AgentsCompletionRequest permits AgentsCompletionRequestValue {

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
   * A key that lets requests sharing a prefix reuse the prompt cache.
   *
   * @return a key that lets requests sharing a prefix reuse the prompt cache
   */
  @Nullable String promptCacheKey();

  /**
   * The id of the agent that answers.
   *
   * @return the id of the agent that answers
   */
  @Nullable String agentId();

  /**
   * Body properties this client does not model, written as top-level fields.
   *
   * @return body properties this client does not model, written as top-level fields
   */
  Map<String, Object> extraBody();

  /** Returns a builder for a new request. */
  static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this request's values, to derive a changed copy. */
  Builder toBuilder();

  /** Builds an {@link AgentsCompletionRequest}; not thread-safe. */
  final class Builder extends MessageCompletionRequestBuilder<Builder> {

    private String agentId;

    Builder() {}

    Builder(AgentsCompletionRequest request) {
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
      promptCacheKey = request.promptCacheKey();
      agentId = request.agentId();
      extraBody.putAll(request.extraBody());
    }

    /** Sets the id of the agent that answers; required. */
    public Builder agentId(String agentId) {
      this.agentId = agentId;
      return this;
    }

    /**
     * Builds the request.
     *
     * @throws IllegalStateException when the agent id or the messages are missing
     */
    public AgentsCompletionRequest build() {
      if (agentId == null || agentId.isBlank()) {
        throw new IllegalStateException(
            "AgentsCompletionRequest.agent_id is required: set it with"
                + " builder().agentId(\"ag_...\")");
      }
      if (messages.isEmpty()) {
        throw new IllegalStateException(
            "AgentsCompletionRequest.messages is required: add one with"
                + " builder().addUserMessage(\"Hello\")");
      }
      return new AgentsCompletionRequestValue(
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
          promptCacheKey,
          agentId,
          extraBody);
    }
  }
}
