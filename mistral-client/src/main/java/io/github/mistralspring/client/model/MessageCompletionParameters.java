package io.github.mistralspring.client.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The parameters the completion requests from messages share (chat and agents): the conversation,
 * tools, response format, penalties, prediction, prompt mode and reasoning effort, on top of those
 * of {@link CompletionParameters}.
 */
public interface MessageCompletionParameters extends CompletionParameters {

  /**
   * The conversation so far, oldest first.
   *
   * @return the messages; a built request always has at least one
   */
  @Nullable List<ChatMessage> messages();

  /**
   * The format the answer must follow ({@code response_format}).
   *
   * @return the response format; null when unset, so the answer is plain text
   */
  @Nullable ResponseFormat responseFormat();

  /**
   * The tools the model may call.
   *
   * @return the tools; null when none were set
   */
  @Nullable List<Tool> tools();

  /**
   * Which tool the model should call, if any ({@code tool_choice}).
   *
   * @return the tool choice; null when unset, so the API's default applies
   */
  @Nullable ToolChoice toolChoice();

  /**
   * The penalty for repeating any word already used, -2 to 2 ({@code presence_penalty}).
   *
   * @return the presence penalty; null when unset, so the API's default applies
   */
  @Nullable Double presencePenalty();

  /**
   * The penalty for repeating words by how often they were used, -2 to 2 ({@code
   * frequency_penalty}).
   *
   * @return the frequency penalty; null when unset, so the API's default applies
   */
  @Nullable Double frequencyPenalty();

  /**
   * How many choices to generate.
   *
   * @return the number of choices; null when unset, so one is generated
   */
  @Nullable Integer n();

  /**
   * Expected output, to speed up generation.
   *
   * @return the prediction; null when unset
   */
  @Nullable Prediction prediction();

  /**
   * Whether the model may call several tools at once ({@code parallel_tool_calls}).
   *
   * @return whether parallel tool calls are allowed; null when unset, so the API's default applies
   */
  @Nullable Boolean parallelToolCalls();

  /**
   * The system prompt mode, e.g. {@code reasoning} ({@code prompt_mode}).
   *
   * @return the prompt mode; null when unset, so the API's default applies
   */
  @Nullable PromptMode promptMode();

  /**
   * How much a reasoning-capable model should think ({@code reasoning_effort}).
   *
   * @return the reasoning effort; null when unset, so the API's default applies
   */
  @Nullable ReasoningEffort reasoningEffort();
}
