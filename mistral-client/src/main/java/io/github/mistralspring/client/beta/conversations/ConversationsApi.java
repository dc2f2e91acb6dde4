package io.github.mistralspring.client.beta.conversations;

import io.github.mistralspring.client.internal.Blocking;
import io.github.mistralspring.client.internal.BlockingStream;
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
    return Blocking.await(reactive.start(request));
  }

  /**
   * Starts a conversation and streams its answer as events. The stream must be closed (use
   * try-with-resources); closing it early closes the connection.
   *
   * <p>Closing the stream from another thread (to stop an answer) wakes a reader blocked in it,
   * which then throws a {@link java.util.concurrent.CancellationException}; interrupting the reader
   * closes the stream and throws a {@link
   * io.github.mistralspring.client.error.MistralInterruptedException}, keeping the interrupt flag.
   */
  public Stream<ConversationEvent> startStream(ConversationRequest request) {
    return BlockingStream.of(reactive.startStream(request));
  }

  /** Lists the first page of conversations. */
  public List<Conversation> list() {
    return Blocking.await(reactive.list());
  }

  /** Lists conversations page by page; null arguments use the API's defaults. */
  public List<Conversation> list(Integer page, Integer pageSize) {
    return Blocking.await(reactive.list(page, pageSize));
  }

  /** Describes one conversation. */
  public Conversation get(String conversationId) {
    return Blocking.await(reactive.get(conversationId));
  }

  /** Appends inputs to a conversation and returns its answer. */
  public ConversationResponse append(String conversationId, ConversationAppendRequest request) {
    return Blocking.await(reactive.append(conversationId, request));
  }

  /** Continues the conversation of a previous answer with one user message. */
  public ConversationResponse append(ConversationResponse previous, String message) {
    return Blocking.await(reactive.append(previous, message));
  }

  /**
   * Appends inputs and streams the answer as events; the stream must be closed, and ends as {@link
   * #startStream}'s does when closed from another thread or interrupted.
   */
  public Stream<ConversationEvent> appendStream(
      String conversationId, ConversationAppendRequest request) {
    return BlockingStream.of(reactive.appendStream(conversationId, request));
  }

  /** Reads every entry of a conversation, in order. */
  public ConversationHistory history(String conversationId) {
    return Blocking.await(reactive.history(conversationId));
  }

  /** Reads the messages of a conversation, in order. */
  public ConversationMessages messages(String conversationId) {
    return Blocking.await(reactive.messages(conversationId));
  }

  /** Continues a conversation from one of its entries with new inputs and returns the answer. */
  public ConversationResponse restart(String conversationId, ConversationRestartRequest request) {
    return Blocking.await(reactive.restart(conversationId, request));
  }

  /**
   * Restarts from one of its entries and streams the answer as events; the stream must be closed,
   * and ends as {@link #startStream}'s does when closed from another thread or interrupted.
   */
  public Stream<ConversationEvent> restartStream(
      String conversationId, ConversationRestartRequest request) {
    return BlockingStream.of(reactive.restartStream(conversationId, request));
  }

  /**
   * Answers the function calls of a response with Java functions until the model stops calling
   * them, at most {@link ReactiveConversationsApi#DEFAULT_MAX_FUNCTION_ROUNDS} rounds.
   */
  public ConversationResponse callFunctions(
      ConversationResponse response, Map<String, ? extends Function<JsonNode, ?>> functions) {
    return Blocking.await(reactive.callFunctions(response, functions));
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
    return Blocking.await(reactive.callFunctions(response, functions, maxRounds));
  }

  /** Starts a conversation and answers its function calls until the model stops calling them. */
  public ConversationResponse startWithFunctions(
      ConversationRequest request,
      Map<String, ? extends Function<JsonNode, ?>> functions,
      int maxRounds) {
    return Blocking.await(reactive.startWithFunctions(request, functions, maxRounds));
  }
}
