package io.github.mistralspring.client.beta.conversations;

import io.github.mistralspring.client.core.WithOptions;
import io.github.mistralspring.client.paging.Page;
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

  /**
   * Starts a conversation with a model or an agent and returns its answer.
   *
   * @param request the inputs and the model or agent, as {@link ConversationRequest#builder()}
   *     makes it
   * @return the answer, with the conversation's id to continue it
   */
  ConversationResponse start(ConversationRequest request);

  /**
   * Starts a conversation and streams its answer as events. The stream must be closed (use
   * try-with-resources); closing it early closes the connection.
   *
   * <p>Closing the stream from another thread (to stop an answer) wakes a reader blocked in it,
   * which then throws a {@link java.util.concurrent.CancellationException}; interrupting the reader
   * closes the stream and throws a {@link
   * io.github.mistralspring.client.error.MistralInterruptedException}, keeping the interrupt flag.
   *
   * @param request the inputs and the model or agent, as {@link ConversationRequest#builder()}
   *     makes it
   * @return the events of the answer as they arrive; close the stream
   */
  Stream<ConversationEvent> startStream(ConversationRequest request);

  /**
   * Lists the first page of conversations; the API does not report a total.
   *
   * @return the first page of conversations, newest first
   */
  Page<Conversation> list();

  /**
   * Lists conversations page by page; null arguments use the API's defaults.
   *
   * @param page the page to list, from 0; null for the first
   * @param pageSize how many conversations a page holds; null for the API's default
   * @return the page of conversations asked for
   */
  Page<Conversation> list(Integer page, Integer pageSize);

  /**
   * Every conversation, fetching the next page only when the stream is consumed beyond the pages
   * fetched; close the stream (or use try-with-resources) when not reading it to its end.
   *
   * @return a lazy stream of every conversation; close it when not read to its end
   */
  Stream<Conversation> listAll();

  /**
   * Every conversation, {@code pageSize} per request (null for the API's default).
   *
   * @param pageSize how many conversations a page holds; null for the API's default
   * @return a lazy stream of every conversation; close it when not read to its end
   */
  Stream<Conversation> listAll(Integer pageSize);

  /**
   * Describes one conversation.
   *
   * @param conversationId the id of the conversation, as {@link
   *     ConversationResponse#conversationId()} gives it
   * @return the conversation, with its model or agent and its metadata
   */
  Conversation retrieve(String conversationId);

  /**
   * Appends inputs to a conversation and returns its answer.
   *
   * @param conversationId the id of the conversation, as {@link
   *     ConversationResponse#conversationId()} gives it
   * @param request the inputs to append, as {@link ConversationAppendRequest#builder()} makes it
   * @return the answer to the appended inputs
   */
  ConversationResponse append(String conversationId, ConversationAppendRequest request);

  /**
   * Continues the conversation of a previous answer with one user message.
   *
   * @param previous the answer whose conversation to continue
   * @param message the user message to append
   * @return the answer to the message
   */
  ConversationResponse append(ConversationResponse previous, String message);

  /**
   * Appends inputs and streams the answer as events; the stream must be closed, and ends as {@link
   * #startStream}'s does when closed from another thread or interrupted.
   *
   * @param conversationId the id of the conversation, as {@link
   *     ConversationResponse#conversationId()} gives it
   * @param request the inputs to append, as {@link ConversationAppendRequest#builder()} makes it
   * @return the events of the answer as they arrive; close the stream
   */
  Stream<ConversationEvent> appendStream(String conversationId, ConversationAppendRequest request);

  /**
   * Reads every entry of a conversation, in order.
   *
   * @param conversationId the id of the conversation, as {@link
   *     ConversationResponse#conversationId()} gives it
   * @return every entry of the conversation, in order
   */
  ConversationHistory history(String conversationId);

  /**
   * Reads the messages of a conversation, in order.
   *
   * @param conversationId the id of the conversation, as {@link
   *     ConversationResponse#conversationId()} gives it
   * @return the messages of the conversation, in order
   */
  ConversationMessages messages(String conversationId);

  /**
   * Continues a conversation from one of its entries with new inputs and returns the answer.
   *
   * @param conversationId the id of the conversation, as {@link
   *     ConversationResponse#conversationId()} gives it
   * @param request the entry to restart from and the new inputs, as {@link
   *     ConversationRestartRequest#builder()} makes it
   * @return the answer to the new inputs, in a new conversation
   */
  ConversationResponse restart(String conversationId, ConversationRestartRequest request);

  /**
   * Restarts from one of its entries and streams the answer as events; the stream must be closed,
   * and ends as {@link #startStream}'s does when closed from another thread or interrupted.
   *
   * @param conversationId the id of the conversation, as {@link
   *     ConversationResponse#conversationId()} gives it
   * @param request the entry to restart from and the new inputs, as {@link
   *     ConversationRestartRequest#builder()} makes it
   * @return the events of the answer as they arrive; close the stream
   */
  Stream<ConversationEvent> restartStream(
      String conversationId, ConversationRestartRequest request);

  /**
   * Answers the function calls of a response with Java functions until the model stops calling
   * them, at most {@link ReactiveBetaConversationsApi#DEFAULT_MAX_FUNCTION_ROUNDS} rounds.
   *
   * @param response the answer whose function calls to answer, as {@code start(..)} or {@code
   *     append(..)} returned it
   * @param functions the functions by tool name, each taking the call's arguments as a JSON tree; a
   *     {@code String} result is sent as is, anything else as JSON
   * @return the first answer that calls no function
   */
  ConversationResponse callFunctions(
      ConversationResponse response, Map<String, ? extends Function<JsonNode, ?>> functions);

  /**
   * Answers the function calls of a response with Java functions until the model stops calling
   * them.
   *
   * @param response the answer whose function calls to answer, as {@code start(..)} or {@code
   *     append(..)} returned it
   * @param functions the functions by tool name, each taking the call's arguments as a JSON tree; a
   *     {@code String} result is sent as is, anything else as JSON
   * @param maxRounds the most rounds of results to send, at least 1
   * @return the first answer that calls no function
   * @throws FunctionCallLimitException when the model still calls functions after {@code maxRounds}
   *     rounds of results
   */
  ConversationResponse callFunctions(
      ConversationResponse response,
      Map<String, ? extends Function<JsonNode, ?>> functions,
      int maxRounds);

  /**
   * Starts a conversation and answers its function calls until the model stops calling them.
   *
   * @param request the inputs and the model or agent, as {@link ConversationRequest#builder()}
   *     makes it
   * @param functions the functions by tool name, each taking the call's arguments as a JSON tree; a
   *     {@code String} result is sent as is, anything else as JSON
   * @param maxRounds the most rounds of results to send, at least 1
   * @return the first answer that calls no function
   */
  ConversationResponse startWithFunctions(
      ConversationRequest request,
      Map<String, ? extends Function<JsonNode, ?>> functions,
      int maxRounds);

  /**
   * Answers the function calls of a response with {@link LocalTool}s until the model stops calling
   * them, as {@link #callFunctions(ConversationResponse, Map, int)} does with functions; a tool
   * that throws stops the loop with a {@link
   * io.github.mistralspring.client.tools.ToolExecutionException}.
   *
   * @param response the answer whose function calls to answer, as {@code start(..)} or {@code
   *     append(..)} returned it
   * @param tools the tools to run, by their names
   * @param maxRounds the most rounds of results to send, at least 1
   * @return the first answer that calls no tool
   */
  default ConversationResponse callFunctions(
      ConversationResponse response, List<? extends LocalTool<?>> tools, int maxRounds) {
    return callFunctions(response, LocalTool.functions(tools), maxRounds);
  }

  /**
   * Starts a conversation offering the given {@link LocalTool}s (added to the request's tools) and
   * answers their calls until the model stops calling them.
   *
   * @param request the conversation to start; the tools are added to its tools
   * @param tools the tools to run, by their names
   * @param maxRounds the most rounds of results to send, at least 1
   * @return the first answer that calls no tool
   */
  default ConversationResponse startWithFunctions(
      ConversationRequest request, List<? extends LocalTool<?>> tools, int maxRounds) {
    ConversationRequest.Builder withTools = request.toBuilder();
    tools.forEach(tool -> withTools.addTool(tool.toAgentTool()));
    return startWithFunctions(withTools.build(), LocalTool.functions(tools), maxRounds);
  }

  /**
   * Deletes a conversation.
   *
   * @param conversationId the id of the conversation, as {@link
   *     ConversationResponse#conversationId()} gives it
   */
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
  <T> ParsedConversation<T> parse(ConversationRequest request, Class<T> type);

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
  <T> ParsedConversation<T> parse(
      String conversationId, ConversationAppendRequest request, Class<T> type);

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
  <T> Stream<ConversationParseEvent<T>> parseStream(ConversationRequest request, Class<T> type);

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
  <T> ParsedConversation<T> parse(ConversationRequest request, TypeRef<T> type);

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
  <T> ParsedConversation<T> parse(
      String conversationId, ConversationAppendRequest request, TypeRef<T> type);

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
  <T> Stream<ConversationParseEvent<T>> parseStream(ConversationRequest request, TypeRef<T> type);
}
