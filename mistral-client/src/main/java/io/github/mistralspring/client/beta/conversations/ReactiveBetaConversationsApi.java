package io.github.mistralspring.client.beta.conversations;

import io.github.mistralspring.client.core.MistralOperation;
import io.github.mistralspring.client.core.WithOptions;
import io.github.mistralspring.client.error.MistralStreamException;
import io.github.mistralspring.client.paging.Page;
import io.github.mistralspring.client.schema.StructuredOutput;
import io.github.mistralspring.client.schema.TypeRef;
import io.github.mistralspring.client.tools.LocalTool;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * The beta Conversations API ({@code /v1/conversations}): start, list, read, append to and restart
 * conversations, whole or as event streams, as {@link Mono} and {@link Flux}; get it from {@code
 * ReactiveMistralClient.beta().conversations()}.
 *
 * <p>Every write changes server state, so none is retried once the request was sent. A streamed
 * answer fails with a {@link ConversationStreamException} on a {@code conversation.response.error}
 * event, and with a {@link MistralStreamException} when it ends before {@code
 * conversation.response.done}: a truncated answer is lost data. Cancelling closes the connection.
 */
public interface ReactiveBetaConversationsApi extends WithOptions<ReactiveBetaConversationsApi> {

  /** Starts a conversation. */
  MistralOperation START =
      MistralOperation.statefulPost("beta.conversations.start", "/v1/conversations");

  /** Starts a conversation, streaming the answer. */
  MistralOperation START_STREAM =
      new MistralOperation(
          "beta.conversations.start.stream", "POST", "/v1/conversations", false, true);

  /** Lists conversations. */
  MistralOperation LIST = MistralOperation.get("beta.conversations.list", "/v1/conversations");

  /** Describes one conversation. */
  MistralOperation RETRIEVE =
      MistralOperation.get("beta.conversations.get", "/v1/conversations/{conversation_id}");

  /** Deletes a conversation. */
  MistralOperation DELETE =
      MistralOperation.delete("beta.conversations.delete", "/v1/conversations/{conversation_id}");

  /** Appends inputs to a conversation. */
  MistralOperation APPEND =
      MistralOperation.statefulPost(
          "beta.conversations.append", "/v1/conversations/{conversation_id}");

  /** Appends inputs to a conversation, streaming the answer. */
  MistralOperation APPEND_STREAM =
      new MistralOperation(
          "beta.conversations.append.stream",
          "POST",
          "/v1/conversations/{conversation_id}",
          false,
          true);

  /** Reads every entry of a conversation. */
  MistralOperation HISTORY =
      MistralOperation.get(
          "beta.conversations.history", "/v1/conversations/{conversation_id}/history");

  /** Reads the messages of a conversation. */
  MistralOperation MESSAGES =
      MistralOperation.get(
          "beta.conversations.messages", "/v1/conversations/{conversation_id}/messages");

  /** Restarts a conversation from one of its entries. */
  MistralOperation RESTART =
      MistralOperation.statefulPost(
          "beta.conversations.restart", "/v1/conversations/{conversation_id}/restart");

  /** Restarts a conversation from one of its entries, streaming the answer. */
  MistralOperation RESTART_STREAM =
      new MistralOperation(
          "beta.conversations.restart.stream",
          "POST",
          "/v1/conversations/{conversation_id}/restart",
          false,
          true);

  /** The cap on rounds of function results when none is given. */
  int DEFAULT_MAX_FUNCTION_ROUNDS = 10;

  /**
   * Starts a conversation with a model or an agent and emits its answer. A request that names
   * neither uses the client's default chat model.
   *
   * @param request the inputs and the model or agent, as {@link ConversationRequest#builder()}
   *     makes it
   * @return a {@code Mono} of the answer, with the conversation's id to continue it
   */
  Mono<ConversationResponse> start(ConversationRequest request);

  /**
   * Starts a conversation and streams its answer as events.
   *
   * @param request the inputs and the model or agent, as {@link ConversationRequest#builder()}
   *     makes it
   * @return the events of the answer as they arrive; cancelling closes the connection
   */
  Flux<ConversationEvent> startStream(ConversationRequest request);

  /**
   * Lists the first page of conversations; the API does not report a total.
   *
   * @return a {@code Mono} of the first page of conversations, newest first
   */
  Mono<Page<Conversation>> list();

  /**
   * Lists conversations page by page, newest first.
   *
   * @param page the page, from 0; null for the first
   * @param pageSize conversations per page; null for the API's default
   * @return a {@code Mono} of the page of conversations asked for
   */
  Mono<Page<Conversation>> list(Integer page, Integer pageSize);

  /**
   * Every conversation, fetching the next page only when the previous one was consumed.
   *
   * @return every conversation, page after page, as they are requested
   */
  Flux<Conversation> listAll();

  /**
   * Every conversation, {@code pageSize} per request (null for the API's default).
   *
   * @param pageSize how many conversations a page holds; null for the API's default
   * @return every conversation, page after page, as they are requested
   */
  Flux<Conversation> listAll(Integer pageSize);

  /**
   * Describes one conversation.
   *
   * @param conversationId the id of the conversation, as {@link
   *     ConversationResponse#conversationId()} gives it
   * @return a {@code Mono} of the conversation, with its model or agent and its metadata
   */
  Mono<Conversation> retrieve(String conversationId);

  /**
   * Appends inputs to a conversation and emits its answer.
   *
   * @param conversationId the id of the conversation, as {@link
   *     ConversationResponse#conversationId()} gives it
   * @param request the inputs to append, as {@link ConversationAppendRequest#builder()} makes it
   * @return a {@code Mono} of the answer to the appended inputs
   */
  Mono<ConversationResponse> append(String conversationId, ConversationAppendRequest request);

  /**
   * Continues the conversation of a previous answer with one user message.
   *
   * @param previous the answer whose conversation to continue
   * @param message the user message to append
   * @return a {@code Mono} of the answer to the message
   */
  Mono<ConversationResponse> append(ConversationResponse previous, String message);

  /**
   * Appends inputs to a conversation and streams its answer as events.
   *
   * @param conversationId the id of the conversation, as {@link
   *     ConversationResponse#conversationId()} gives it
   * @param request the inputs to append, as {@link ConversationAppendRequest#builder()} makes it
   * @return the events of the answer as they arrive; cancelling closes the connection
   */
  Flux<ConversationEvent> appendStream(String conversationId, ConversationAppendRequest request);

  /**
   * Reads every entry of a conversation, in order.
   *
   * @param conversationId the id of the conversation, as {@link
   *     ConversationResponse#conversationId()} gives it
   * @return a {@code Mono} of every entry of the conversation, in order
   */
  Mono<ConversationHistory> history(String conversationId);

  /**
   * Reads the messages of a conversation, in order.
   *
   * @param conversationId the id of the conversation, as {@link
   *     ConversationResponse#conversationId()} gives it
   * @return a {@code Mono} of the messages of the conversation, in order
   */
  Mono<ConversationMessages> messages(String conversationId);

  /**
   * Continues a conversation from one of its entries ({@code fromEntryId}) with new inputs and
   * emits the answer; the entries after it are left out of the new branch.
   *
   * @param conversationId the id of the conversation, as {@link
   *     ConversationResponse#conversationId()} gives it
   * @param request the entry to restart from and the new inputs, as {@link
   *     ConversationRestartRequest#builder()} makes it
   * @return a {@code Mono} of the answer to the new inputs, in a new conversation
   */
  Mono<ConversationResponse> restart(String conversationId, ConversationRestartRequest request);

  /**
   * Restarts a conversation from one of its entries and streams the answer as events.
   *
   * @param conversationId the id of the conversation, as {@link
   *     ConversationResponse#conversationId()} gives it
   * @param request the entry to restart from and the new inputs, as {@link
   *     ConversationRestartRequest#builder()} makes it
   * @return the events of the answer as they arrive; cancelling closes the connection
   */
  Flux<ConversationEvent> restartStream(String conversationId, ConversationRestartRequest request);

  /**
   * Answers the function calls of a response with the given Java functions until the model stops
   * calling them, and emits the first answer without calls; see {@link #callFunctions(
   * ConversationResponse, Map, int)}. At most {@link #DEFAULT_MAX_FUNCTION_ROUNDS} rounds.
   *
   * @param response the answer whose function calls to answer, as {@code start(..)} or {@code
   *     append(..)} returned it
   * @param functions the functions by tool name, each taking the call's arguments as a JSON tree; a
   *     {@code String} result is sent as is, anything else as JSON
   * @return a {@code Mono} of the first answer that calls no function
   */
  Mono<ConversationResponse> callFunctions(
      ConversationResponse response, Map<String, ? extends Function<JsonNode, ?>> functions);

  /**
   * Answers the function calls of a response with the given Java functions until the model stops
   * calling them, and emits the first answer without calls.
   *
   * <p>Each round calls, in order, the function named by every {@code function.call} entry of the
   * latest response with its arguments as a JSON tree, and appends one {@code function.result}
   * entry per call: a returned {@code String} as is, anything else written as JSON. The functions
   * run on Reactor's bounded-elastic scheduler, so they may block.
   *
   * @param functions the functions by tool name
   * @param maxRounds the most rounds of results to send; when the answer to the last round still
   *     calls functions, the {@code Mono} fails with a {@link FunctionCallLimitException}
   * @param response the answer whose function calls to answer, as {@code start(..)} or {@code
   *     append(..)} returned it
   * @return a {@code Mono} of the first answer that calls no function
   * @throws IllegalArgumentException (as the {@code Mono}'s error) when a call names a function not
   *     in the map
   */
  Mono<ConversationResponse> callFunctions(
      ConversationResponse response,
      Map<String, ? extends Function<JsonNode, ?>> functions,
      int maxRounds);

  /**
   * Starts a conversation and answers its function calls with the given Java functions until the
   * model stops calling them; see {@link #callFunctions(ConversationResponse, Map, int)}.
   *
   * @param request the inputs and the model or agent, as {@link ConversationRequest#builder()}
   *     makes it
   * @param functions the functions by tool name, each taking the call's arguments as a JSON tree; a
   *     {@code String} result is sent as is, anything else as JSON
   * @param maxRounds the most rounds of results to send, at least 1
   * @return a {@code Mono} of the first answer that calls no function
   */
  Mono<ConversationResponse> startWithFunctions(
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
   * @return a {@code Mono} of the first answer that calls no tool
   */
  default Mono<ConversationResponse> callFunctions(
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
   * @return a {@code Mono} of the first answer that calls no tool
   */
  default Mono<ConversationResponse> startWithFunctions(
      ConversationRequest request, List<? extends LocalTool<?>> tools, int maxRounds) {
    ConversationRequest.Builder withTools = request.toBuilder();
    tools.forEach(tool -> withTools.addTool(tool.toAgentTool()));
    return startWithFunctions(withTools.build(), LocalTool.functions(tools), maxRounds);
  }

  /**
   * Deletes a conversation; completes empty (the API answers {@code 204 No Content}).
   *
   * @param conversationId the id of the conversation, as {@link
   *     ConversationResponse#conversationId()} gives it
   * @return a {@code Mono} that completes empty once the conversation is deleted
   */
  Mono<Void> delete(String conversationId);

  /**
   * Starts a conversation asking for its answer as JSON matching the strict schema of a Java type,
   * and reads the answer (the last message output) as that type. The schema goes as the request's
   * {@code completion_args.response_format}; the request's other completion arguments are kept. The
   * arguments are checked when this is called; the answer's failures are the {@code Mono}'s error.
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
  default <T> Mono<ParsedConversation<T>> parse(ConversationRequest request, Class<T> type) {
    return parse(request, StructuredOutput.of(type));
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
  default <T> Mono<ParsedConversation<T>> parse(
      String conversationId, ConversationAppendRequest request, Class<T> type) {
    return parse(conversationId, request, StructuredOutput.of(type));
  }

  /**
   * Starts a conversation asking for its answer as JSON matching the strict schema of a Java type,
   * and streams it: the text as it arrives, then the answer read as the type as the last event
   * (whose parse fails as {@link #parse(ConversationRequest, Class)}'s does, when the stream
   * reaches it). The arguments are checked when this is called.
   *
   * @param request the request, whose completion arguments set no response format
   * @param type the class to read the answer as
   * @param <T> the type the answer is read as
   * @return the events
   * @throws IllegalArgumentException when the type has no JSON shape, or the request's completion
   *     arguments already set another response format
   */
  default <T> Flux<ConversationParseEvent<T>> parseStream(
      ConversationRequest request, Class<T> type) {
    return parseStream(request, StructuredOutput.of(type));
  }

  /**
   * Starts a conversation asking for its answer as JSON matching the strict schema of a Java type,
   * and reads the answer (the last message output) as that type. The schema goes as the request's
   * {@code completion_args.response_format}; the request's other completion arguments are kept. The
   * arguments are checked when this is called; the answer's failures are the {@code Mono}'s error.
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
  default <T> Mono<ParsedConversation<T>> parse(ConversationRequest request, TypeRef<T> type) {
    return parse(request, StructuredOutput.of(type));
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
  default <T> Mono<ParsedConversation<T>> parse(
      String conversationId, ConversationAppendRequest request, TypeRef<T> type) {
    return parse(conversationId, request, StructuredOutput.of(type));
  }

  /**
   * Starts a conversation asking for its answer as JSON matching the strict schema of a Java type,
   * and streams it: the text as it arrives, then the answer read as the type as the last event
   * (whose parse fails as {@link #parse(ConversationRequest, TypeRef)}'s does, when the stream
   * reaches it). The arguments are checked when this is called.
   *
   * @param request the request, whose completion arguments set no response format
   * @param type the type to read the answer as, written out in full ({@code new
   *     TypeRef<List<Item>>() {}})
   * @param <T> the type the answer is read as
   * @return the events
   * @throws IllegalArgumentException when the type has no JSON shape, or the request's completion
   *     arguments already set another response format
   */
  default <T> Flux<ConversationParseEvent<T>> parseStream(
      ConversationRequest request, TypeRef<T> type) {
    return parseStream(request, StructuredOutput.of(type));
  }

  // The one path of every parse overload (a class or a TypeRef, started or appended); the blocking
  // group's overloads wait on these.

  private <T> Mono<ParsedConversation<T>> parse(
      ConversationRequest request, StructuredOutput<T> output) {
    return start(ConversationStructuredOutput.withFormat(request, output))
        .map(response -> ConversationStructuredOutput.parse(response, output));
  }

  private <T> Mono<ParsedConversation<T>> parse(
      String conversationId, ConversationAppendRequest request, StructuredOutput<T> output) {
    return append(conversationId, ConversationStructuredOutput.withFormat(request, output))
        .map(response -> ConversationStructuredOutput.parse(response, output));
  }

  private <T> Flux<ConversationParseEvent<T>> parseStream(
      ConversationRequest request, StructuredOutput<T> output) {
    return ConversationStructuredOutput.parseStream(
        startStream(ConversationStructuredOutput.withFormat(request, output)), output);
  }
}
