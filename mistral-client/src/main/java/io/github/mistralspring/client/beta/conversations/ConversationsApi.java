package io.github.mistralspring.client.beta.conversations;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/**
 * The beta Conversations API ({@code /v1/conversations}): start, list, read, append to and restart
 * conversations, whole or as event streams, blocking.
 */
public final class ConversationsApi {

  private final ReactiveConversationsApi reactive;

  /** Creates the blocking face over the reactive API group. */
  public ConversationsApi(ReactiveConversationsApi reactive) {
    this.reactive = reactive;
  }

  /** Starts a conversation with a model or an agent and returns its answer. */
  public ConversationResponse start(ConversationRequest request) {
    return reactive.start(request).block();
  }

  /**
   * Starts a conversation and streams its answer as events. The stream must be closed (use
   * try-with-resources); closing it early closes the connection.
   */
  public Stream<ConversationEvent> startStream(ConversationRequest request) {
    return reactive.startStream(request).toStream();
  }

  /** Lists the first page of conversations. */
  public List<Conversation> list() {
    return reactive.list().block();
  }

  /** Lists conversations page by page; null arguments use the API's defaults. */
  public List<Conversation> list(Integer page, Integer pageSize) {
    return reactive.list(page, pageSize).block();
  }

  /** Describes one conversation. */
  public Conversation get(String conversationId) {
    return reactive.get(conversationId).block();
  }

  /** Appends inputs to a conversation and returns its answer. */
  public ConversationResponse append(String conversationId, ConversationAppendRequest request) {
    return reactive.append(conversationId, request).block();
  }

  /** Continues the conversation of a previous answer with one user message. */
  public ConversationResponse append(ConversationResponse previous, String message) {
    return reactive.append(previous, message).block();
  }

  /** Appends inputs and streams the answer as events; the stream must be closed. */
  public Stream<ConversationEvent> appendStream(
      String conversationId, ConversationAppendRequest request) {
    return reactive.appendStream(conversationId, request).toStream();
  }

  /** Reads every entry of a conversation, in order. */
  public ConversationHistory history(String conversationId) {
    return reactive.history(conversationId).block();
  }

  /** Reads the messages of a conversation, in order. */
  public ConversationMessages messages(String conversationId) {
    return reactive.messages(conversationId).block();
  }

  /** Continues a conversation from one of its entries with new inputs and returns the answer. */
  public ConversationResponse restart(String conversationId, ConversationRestartRequest request) {
    return reactive.restart(conversationId, request).block();
  }

  /** Restarts from one of its entries and streams the answer as events; must be closed. */
  public Stream<ConversationEvent> restartStream(
      String conversationId, ConversationRestartRequest request) {
    return reactive.restartStream(conversationId, request).toStream();
  }

  /**
   * Answers the function calls of a response with Java functions until the model stops calling
   * them, at most {@link ReactiveConversationsApi#DEFAULT_MAX_FUNCTION_ROUNDS} rounds.
   */
  public ConversationResponse callFunctions(
      ConversationResponse response, Map<String, ? extends Function<JsonNode, ?>> functions) {
    return reactive.callFunctions(response, functions).block();
  }

  /**
   * Answers the function calls of a response with Java functions until the model stops calling
   * them.
   *
   * @throws FunctionCallLimitException when the model still calls functions after {@code maxRounds}
   *     rounds of results
   */
  public ConversationResponse callFunctions(
      ConversationResponse response,
      Map<String, ? extends Function<JsonNode, ?>> functions,
      int maxRounds) {
    return reactive.callFunctions(response, functions, maxRounds).block();
  }

  /** Starts a conversation and answers its function calls until the model stops calling them. */
  public ConversationResponse startWithFunctions(
      ConversationRequest request,
      Map<String, ? extends Function<JsonNode, ?>> functions,
      int maxRounds) {
    return reactive.startWithFunctions(request, functions, maxRounds).block();
  }
}
