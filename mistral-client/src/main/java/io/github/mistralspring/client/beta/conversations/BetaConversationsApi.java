package io.github.mistralspring.client.beta.conversations;

import io.github.mistralspring.client.core.WithOptions;
import io.github.mistralspring.client.paging.Page;
import io.github.mistralspring.client.schema.StructuredOutput;
import io.github.mistralspring.client.schema.TypeRef;
import io.github.mistralspring.client.tools.LocalTool;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/**
 * The beta Conversations API ({@code /v1/conversations}): start, list, read, append to and restart
 * conversations, whole or as event streams, blocking; get it from {@code
 * MistralClient.beta().conversations()}.
 */
public interface BetaConversationsApi extends WithOptions<BetaConversationsApi> {

  /** Starts a conversation with a model or an agent and returns its answer. */
  ConversationResponse start(ConversationRequest request);

  /**
   * Starts a conversation and streams its answer as events. The stream must be closed (use
   * try-with-resources); closing it early closes the connection.
   *
   * <p>Closing the stream from another thread (to stop an answer) wakes a reader blocked in it,
   * which then throws a {@link java.util.concurrent.CancellationException}; interrupting the reader
   * closes the stream and throws a {@link
   * io.github.mistralspring.client.error.MistralInterruptedException}, keeping the interrupt flag.
   */
  Stream<ConversationEvent> startStream(ConversationRequest request);

  /** Lists the first page of conversations; the API does not report a total. */
  Page<Conversation> list();

  /** Lists conversations page by page; null arguments use the API's defaults. */
  Page<Conversation> list(Integer page, Integer pageSize);

  /**
   * Every conversation, fetching the next page only when the stream is consumed beyond the pages
   * fetched; close the stream (or use try-with-resources) when not reading it to its end.
   */
  Stream<Conversation> listAll();

  /** Every conversation, {@code pageSize} per request (null for the API's default). */
  Stream<Conversation> listAll(Integer pageSize);

  /** Describes one conversation. */
  Conversation retrieve(String conversationId);

  /** Appends inputs to a conversation and returns its answer. */
  ConversationResponse append(String conversationId, ConversationAppendRequest request);

  /** Continues the conversation of a previous answer with one user message. */
  ConversationResponse append(ConversationResponse previous, String message);

  /**
   * Appends inputs and streams the answer as events; the stream must be closed, and ends as {@link
   * #startStream}'s does when closed from another thread or interrupted.
   */
  Stream<ConversationEvent> appendStream(String conversationId, ConversationAppendRequest request);

  /** Reads every entry of a conversation, in order. */
  ConversationHistory history(String conversationId);

  /** Reads the messages of a conversation, in order. */
  ConversationMessages messages(String conversationId);

  /** Continues a conversation from one of its entries with new inputs and returns the answer. */
  ConversationResponse restart(String conversationId, ConversationRestartRequest request);

  /**
   * Restarts from one of its entries and streams the answer as events; the stream must be closed,
   * and ends as {@link #startStream}'s does when closed from another thread or interrupted.
   */
  Stream<ConversationEvent> restartStream(
      String conversationId, ConversationRestartRequest request);

  /**
   * Answers the function calls of a response with Java functions until the model stops calling
   * them, at most {@link ReactiveBetaConversationsApi#DEFAULT_MAX_FUNCTION_ROUNDS} rounds.
   */
  ConversationResponse callFunctions(
      ConversationResponse response, Map<String, ? extends Function<JsonNode, ?>> functions);

  /**
   * Answers the function calls of a response with Java functions until the model stops calling
   * them.
   *
   * @throws FunctionCallLimitException when the model still calls functions after {@code maxRounds}
   *     rounds of results
   */
  ConversationResponse callFunctions(
      ConversationResponse response,
      Map<String, ? extends Function<JsonNode, ?>> functions,
      int maxRounds);

  /** Starts a conversation and answers its function calls until the model stops calling them. */
  ConversationResponse startWithFunctions(
      ConversationRequest request,
      Map<String, ? extends Function<JsonNode, ?>> functions,
      int maxRounds);

  /**
   * Answers the function calls of a response with {@link LocalTool}s until the model stops calling
   * them, as {@link #callFunctions(ConversationResponse, Map, int)} does with functions; a tool
   * that throws stops the loop with a {@link
   * io.github.mistralspring.client.tools.ToolExecutionException}.
   */
  default ConversationResponse callFunctions(
      ConversationResponse response, List<? extends LocalTool<?>> tools, int maxRounds) {
    return callFunctions(response, LocalTool.functions(tools), maxRounds);
  }

  /**
   * Starts a conversation offering the given {@link LocalTool}s (added to the request's tools) and
   * answers their calls until the model stops calling them.
   */
  default ConversationResponse startWithFunctions(
      ConversationRequest request, List<? extends LocalTool<?>> tools, int maxRounds) {
    ConversationRequest.Builder withTools = request.toBuilder();
    tools.forEach(tool -> withTools.addTool(tool.toAgentTool()));
    return startWithFunctions(withTools.build(), LocalTool.functions(tools), maxRounds);
  }

  /** Deletes a conversation. */
  void delete(String conversationId);

  /**
   * Starts a conversation asking for its answer as JSON matching the strict schema of a Java type,
   * and reads the answer (the last message output) as that type. The schema goes as the request's
   * {@code completion_args.response_format}; the request's other completion arguments are kept.
   *
   * @param request the request, whose completion arguments set no response format
   * @param type the class to read the answer as
   * @param <T> the type the answer is read as
   * @return the answer read as the type, with the whole response (its conversation id to append to)
   * @throws io.github.mistralspring.client.error.StructuredOutputException when the answer is
   *     missing (the model called functions instead) or does not match the type; it carries the raw
   *     text
   * @throws IllegalArgumentException when the type has no JSON shape, or the request's completion
   *     arguments already set another response format
   */
  default <T> ParsedConversation<T> parse(ConversationRequest request, Class<T> type) {
    StructuredOutput<T> output = StructuredOutput.of(type);
    ConversationRequest formatted = ConversationStructuredOutput.withFormat(request, output);
    return ConversationStructuredOutput.parse(start(formatted), output);
  }

  /**
   * Appends inputs to a conversation asking for the answer as JSON matching the strict schema of a
   * Java type, and reads it as that type, as {@link #parse(ConversationRequest, Class)} does.
   *
   * @param conversationId the conversation to append to
   * @param request the inputs, whose completion arguments set no response format
   * @param type the class to read the answer as
   * @param <T> the type the answer is read as
   * @return the answer read as the type, with the whole response
   * @throws io.github.mistralspring.client.error.StructuredOutputException when the answer is
   *     missing or does not match the type; it carries the raw text
   * @throws IllegalArgumentException when the type has no JSON shape, or the request's completion
   *     arguments already set another response format
   */
  default <T> ParsedConversation<T> parse(
      String conversationId, ConversationAppendRequest request, Class<T> type) {
    StructuredOutput<T> output = StructuredOutput.of(type);
    ConversationAppendRequest formatted = ConversationStructuredOutput.withFormat(request, output);
    return ConversationStructuredOutput.parse(append(conversationId, formatted), output);
  }

  /**
   * Starts a conversation asking for its answer as JSON matching the strict schema of a Java type,
   * and streams it: the text as it arrives, then the answer read as the type as the last event
   * (whose parse fails as {@link #parse(ConversationRequest, Class)}'s does, when the stream
   * reaches it). The stream must be closed, as {@link #startStream}'s.
   *
   * @param request the request, whose completion arguments set no response format
   * @param type the class to read the answer as
   * @param <T> the type the answer is read as
   * @return the events, to close after use
   * @throws IllegalArgumentException when the type has no JSON shape, or the request's completion
   *     arguments already set another response format
   */
  default <T> Stream<ConversationParseEvent<T>> parseStream(
      ConversationRequest request, Class<T> type) {
    StructuredOutput<T> output = StructuredOutput.of(type);
    ConversationRequest formatted = ConversationStructuredOutput.withFormat(request, output);
    return ConversationStructuredOutput.parseStream(startStream(formatted), output);
  }

  /**
   * Starts a conversation asking for its answer as JSON matching the strict schema of a Java type,
   * and reads the answer (the last message output) as that type. The schema goes as the request's
   * {@code completion_args.response_format}; the request's other completion arguments are kept.
   *
   * @param request the request, whose completion arguments set no response format
   * @param type the type to read the answer as, written out in full ({@code new
   *     TypeRef<List<Item>>() {}})
   * @param <T> the type the answer is read as
   * @return the answer read as the type, with the whole response (its conversation id to append to)
   * @throws io.github.mistralspring.client.error.StructuredOutputException when the answer is
   *     missing (the model called functions instead) or does not match the type; it carries the raw
   *     text
   * @throws IllegalArgumentException when the type has no JSON shape, or the request's completion
   *     arguments already set another response format
   */
  default <T> ParsedConversation<T> parse(ConversationRequest request, TypeRef<T> type) {
    StructuredOutput<T> output = StructuredOutput.of(type);
    ConversationRequest formatted = ConversationStructuredOutput.withFormat(request, output);
    return ConversationStructuredOutput.parse(start(formatted), output);
  }

  /**
   * Appends inputs to a conversation asking for the answer as JSON matching the strict schema of a
   * Java type, and reads it as that type, as {@link #parse(ConversationRequest, TypeRef)} does.
   *
   * @param conversationId the conversation to append to
   * @param request the inputs, whose completion arguments set no response format
   * @param type the type to read the answer as, written out in full ({@code new
   *     TypeRef<List<Item>>() {}})
   * @param <T> the type the answer is read as
   * @return the answer read as the type, with the whole response
   * @throws io.github.mistralspring.client.error.StructuredOutputException when the answer is
   *     missing or does not match the type; it carries the raw text
   * @throws IllegalArgumentException when the type has no JSON shape, or the request's completion
   *     arguments already set another response format
   */
  default <T> ParsedConversation<T> parse(
      String conversationId, ConversationAppendRequest request, TypeRef<T> type) {
    StructuredOutput<T> output = StructuredOutput.of(type);
    ConversationAppendRequest formatted = ConversationStructuredOutput.withFormat(request, output);
    return ConversationStructuredOutput.parse(append(conversationId, formatted), output);
  }

  /**
   * Starts a conversation asking for its answer as JSON matching the strict schema of a Java type,
   * and streams it: the text as it arrives, then the answer read as the type as the last event
   * (whose parse fails as {@link #parse(ConversationRequest, TypeRef)}'s does, when the stream
   * reaches it). The stream must be closed, as {@link #startStream}'s.
   *
   * @param request the request, whose completion arguments set no response format
   * @param type the type to read the answer as, written out in full ({@code new
   *     TypeRef<List<Item>>() {}})
   * @param <T> the type the answer is read as
   * @return the events, to close after use
   * @throws IllegalArgumentException when the type has no JSON shape, or the request's completion
   *     arguments already set another response format
   */
  default <T> Stream<ConversationParseEvent<T>> parseStream(
      ConversationRequest request, TypeRef<T> type) {
    StructuredOutput<T> output = StructuredOutput.of(type);
    ConversationRequest formatted = ConversationStructuredOutput.withFormat(request, output);
    return ConversationStructuredOutput.parseStream(startStream(formatted), output);
  }
}
