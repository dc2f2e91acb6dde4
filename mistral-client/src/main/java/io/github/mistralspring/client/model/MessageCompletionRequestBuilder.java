package io.github.mistralspring.client.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The settings the builders of completions from messages share (chat and agents): the conversation,
 * tools, response format, penalties, prediction, prompt mode and reasoning effort, on top of those
 * of {@link CompletionRequestBuilder}.
 *
 * @param <B> the concrete builder
 */
public abstract class MessageCompletionRequestBuilder<B extends MessageCompletionRequestBuilder<B>>
    extends CompletionRequestBuilder<B> {

  /** The conversation so far. */
  protected final List<ChatMessage> messages = new ArrayList<>();

  /** The format the answer must follow. */
  protected @Nullable ResponseFormat responseFormat;

  /** The tools the model may call; absent when none were set. */
  protected @Nullable List<Tool> tools;

  /** Which tool the model should call. */
  protected @Nullable ToolChoice toolChoice;

  /** The presence penalty. */
  protected @Nullable Double presencePenalty;

  /** The frequency penalty. */
  protected @Nullable Double frequencyPenalty;

  /** How many choices to generate. */
  protected @Nullable Integer n;

  /** The predicted output. */
  protected @Nullable Prediction prediction;

  /** Whether the model may call several tools at once. */
  protected @Nullable Boolean parallelToolCalls;

  /** The system prompt mode. */
  protected @Nullable PromptMode promptMode;

  /** The reasoning effort. */
  protected @Nullable ReasoningEffort reasoningEffort;

  /** For the builders of the client's request types. */
  protected MessageCompletionRequestBuilder() {}

  /**
   * Starts from the shared parameters of an existing request, for its {@code toBuilder()}.
   *
   * @param request the request whose messages, tools and other shared parameters this builder
   *     takes; its lists are copied, so changing this builder leaves the request as it is
   */
  protected MessageCompletionRequestBuilder(MessageCompletionParameters request) {
    super(request);
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
  }

  /**
   * Replaces the messages; required and non-empty.
   *
   * @param messages the conversation so far, oldest first; copied
   * @return this builder
   */
  public B messages(List<? extends ChatMessage> messages) {
    this.messages.clear();
    if (messages != null) {
      this.messages.addAll(messages);
    }
    return self();
  }

  /**
   * Adds a message at the end of the conversation.
   *
   * @param message the message to add
   * @return this builder
   */
  public B addMessage(ChatMessage message) {
    messages.add(Objects.requireNonNull(message, "message"));
    return self();
  }

  /**
   * Adds a system message with the given text.
   *
   * @param text the system instructions
   * @return this builder
   */
  public B addSystemMessage(String text) {
    return addMessage(SystemMessage.of(text));
  }

  /**
   * Adds a user message with the given text.
   *
   * @param text the user's text
   * @return this builder
   */
  public B addUserMessage(String text) {
    return addMessage(UserMessage.of(text));
  }

  /**
   * Adds an assistant message with the given text.
   *
   * @param text the assistant's earlier answer
   * @return this builder
   */
  public B addAssistantMessage(String text) {
    return addMessage(AssistantMessage.of(text));
  }

  /**
   * Sets the format the answer must follow.
   *
   * @param responseFormat the format, such as {@code ResponseFormat.jsonObject()}; null for plain
   *     text
   * @return this builder
   */
  public B responseFormat(@Nullable ResponseFormat responseFormat) {
    this.responseFormat = responseFormat;
    return self();
  }

  /**
   * Replaces the tools.
   *
   * @param tools the tools the model may call, copied; null for none
   * @return this builder
   */
  public B tools(@Nullable List<Tool> tools) {
    this.tools = tools == null ? null : new ArrayList<>(tools);
    return self();
  }

  /**
   * Adds a tool the model may call.
   *
   * @param tool the tool to add
   * @return this builder
   */
  public B addTool(Tool tool) {
    if (tools == null) {
      tools = new ArrayList<>();
    }
    tools.add(Objects.requireNonNull(tool, "tool"));
    return self();
  }

  /**
   * Sets which tool the model should call.
   *
   * @param toolChoice which tool to call, such as {@code ToolChoiceMode.AUTO}; null for the API's
   *     default
   * @return this builder
   */
  public B toolChoice(@Nullable ToolChoice toolChoice) {
    this.toolChoice = toolChoice;
    return self();
  }

  /**
   * Sets the presence penalty.
   *
   * @param presencePenalty the penalty on tokens already present, from -2 to 2; null for the API's
   *     default
   * @return this builder
   */
  public B presencePenalty(@Nullable Double presencePenalty) {
    this.presencePenalty = presencePenalty;
    return self();
  }

  /**
   * Sets the frequency penalty.
   *
   * @param frequencyPenalty the penalty on frequent tokens, from -2 to 2; null for the API's
   *     default
   * @return this builder
   */
  public B frequencyPenalty(@Nullable Double frequencyPenalty) {
    this.frequencyPenalty = frequencyPenalty;
    return self();
  }

  /**
   * Sets how many choices to generate.
   *
   * @param n how many choices to generate, at least 1; null for one
   * @return this builder
   */
  public B n(@Nullable Integer n) {
    this.n = n;
    return self();
  }

  /**
   * Sets the predicted output.
   *
   * @param prediction the output the model is expected to give, to speed it up; null for none
   * @return this builder
   */
  public B prediction(@Nullable Prediction prediction) {
    this.prediction = prediction;
    return self();
  }

  /**
   * Sets whether the model may call several tools at once.
   *
   * @param parallelToolCalls whether several tools may be called at once; null for the API's
   *     default
   * @return this builder
   */
  public B parallelToolCalls(@Nullable Boolean parallelToolCalls) {
    this.parallelToolCalls = parallelToolCalls;
    return self();
  }

  /**
   * Sets the system prompt mode.
   *
   * @param promptMode the system prompt mode, such as {@code PromptMode.REASONING}; null for the
   *     API's default
   * @return this builder
   * @deprecated the 2026-07 specification deprecates {@code prompt_mode} for reasoning models: ask
   *     for their thinking with {@link #reasoningEffort(ReasoningEffort)} instead. It is still sent
   *     as set, for the models that take it.
   */
  @Deprecated(since = "0.1.0")
  public B promptMode(@Nullable PromptMode promptMode) {
    this.promptMode = promptMode;
    return self();
  }

  /**
   * Sets the reasoning effort.
   *
   * @param reasoningEffort how hard a reasoning model thinks; null for the API's default
   * @return this builder
   */
  public B reasoningEffort(@Nullable ReasoningEffort reasoningEffort) {
    this.reasoningEffort = reasoningEffort;
    return self();
  }
}
