package io.github.mistralspring.client.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

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
  protected ResponseFormat responseFormat;

  /** The tools the model may call, or null when none were set. */
  protected List<Tool> tools;

  /** Which tool the model should call. */
  protected ToolChoice toolChoice;

  /** The presence penalty. */
  protected Double presencePenalty;

  /** The frequency penalty. */
  protected Double frequencyPenalty;

  /** How many choices to generate. */
  protected Integer n;

  /** The predicted output. */
  protected Prediction prediction;

  /** Whether the model may call several tools at once. */
  protected Boolean parallelToolCalls;

  /** The system prompt mode. */
  protected PromptMode promptMode;

  /** The reasoning effort. */
  protected ReasoningEffort reasoningEffort;

  /** For the builders of the client's request types. */
  protected MessageCompletionRequestBuilder() {}

  /** Replaces the messages; required and non-empty. */
  public B messages(List<? extends ChatMessage> messages) {
    this.messages.clear();
    if (messages != null) {
      this.messages.addAll(messages);
    }
    return self();
  }

  /** Adds a message at the end of the conversation. */
  public B addMessage(ChatMessage message) {
    messages.add(Objects.requireNonNull(message, "message"));
    return self();
  }

  /** Adds a system message with the given text. */
  public B addSystemMessage(String text) {
    return addMessage(SystemMessage.of(text));
  }

  /** Adds a user message with the given text. */
  public B addUserMessage(String text) {
    return addMessage(UserMessage.of(text));
  }

  /** Adds an assistant message with the given text. */
  public B addAssistantMessage(String text) {
    return addMessage(AssistantMessage.of(text));
  }

  /** Sets the format the answer must follow. */
  public B responseFormat(ResponseFormat responseFormat) {
    this.responseFormat = responseFormat;
    return self();
  }

  /** Replaces the tools. */
  public B tools(List<Tool> tools) {
    this.tools = tools == null ? null : new ArrayList<>(tools);
    return self();
  }

  /** Adds a tool the model may call. */
  public B addTool(Tool tool) {
    if (tools == null) {
      tools = new ArrayList<>();
    }
    tools.add(Objects.requireNonNull(tool, "tool"));
    return self();
  }

  /** Sets which tool the model should call. */
  public B toolChoice(ToolChoice toolChoice) {
    this.toolChoice = toolChoice;
    return self();
  }

  /** Sets the presence penalty. */
  public B presencePenalty(Double presencePenalty) {
    this.presencePenalty = presencePenalty;
    return self();
  }

  /** Sets the frequency penalty. */
  public B frequencyPenalty(Double frequencyPenalty) {
    this.frequencyPenalty = frequencyPenalty;
    return self();
  }

  /** Sets how many choices to generate. */
  public B n(Integer n) {
    this.n = n;
    return self();
  }

  /** Sets the predicted output. */
  public B prediction(Prediction prediction) {
    this.prediction = prediction;
    return self();
  }

  /** Sets whether the model may call several tools at once. */
  public B parallelToolCalls(Boolean parallelToolCalls) {
    this.parallelToolCalls = parallelToolCalls;
    return self();
  }

  /**
   * Sets the system prompt mode.
   *
   * @deprecated the 2026-07 specification deprecates {@code prompt_mode} for reasoning models: ask
   *     for their thinking with {@link #reasoningEffort(ReasoningEffort)} instead. It is still sent
   *     as set, for the models that take it.
   */
  @Deprecated(since = "0.1.0")
  public B promptMode(PromptMode promptMode) {
    this.promptMode = promptMode;
    return self();
  }

  /** Sets the reasoning effort. */
  public B reasoningEffort(ReasoningEffort reasoningEffort) {
    this.reasoningEffort = reasoningEffort;
    return self();
  }
}
