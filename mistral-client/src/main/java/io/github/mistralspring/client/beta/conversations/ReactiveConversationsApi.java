package io.github.mistralspring.client.beta.conversations;

import io.github.mistralspring.client.core.MistralOperation;
import io.github.mistralspring.client.error.MistralResponseParseException;
import io.github.mistralspring.client.error.MistralStreamException;
import io.github.mistralspring.client.internal.DefaultModels;
import io.github.mistralspring.client.internal.MistralRequest;
import io.github.mistralspring.client.internal.MistralTransport;
import io.github.mistralspring.client.json.MistralJson;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;

/**
 * The beta Conversations API ({@code /v1/conversations}): start, list, read, append to and restart
 * conversations, whole or as event streams, as {@link Mono} and {@link Flux}.
 *
 * <p>Every write changes server state, so none is retried once the request was sent.
 */
public final class ReactiveConversationsApi {

  /** Starts a conversation. */
  public static final MistralOperation START =
      MistralOperation.statefulPost("beta.conversations.start", "/v1/conversations");

  /** Starts a conversation, streaming the answer. */
  public static final MistralOperation START_STREAM =
      new MistralOperation(
          "beta.conversations.start.stream", "POST", "/v1/conversations", false, true);

  /** Lists conversations. */
  public static final MistralOperation LIST =
      MistralOperation.get("beta.conversations.list", "/v1/conversations");

  /** Describes one conversation. */
  public static final MistralOperation GET =
      MistralOperation.get("beta.conversations.get", "/v1/conversations/{conversation_id}");

  /** Appends inputs to a conversation. */
  public static final MistralOperation APPEND =
      MistralOperation.statefulPost(
          "beta.conversations.append", "/v1/conversations/{conversation_id}");

  /** Appends inputs to a conversation, streaming the answer. */
  public static final MistralOperation APPEND_STREAM =
      new MistralOperation(
          "beta.conversations.append.stream",
          "POST",
          "/v1/conversations/{conversation_id}",
          false,
          true);

  /** Reads every entry of a conversation. */
  public static final MistralOperation HISTORY =
      MistralOperation.get(
          "beta.conversations.history", "/v1/conversations/{conversation_id}/history");

  /** Reads the messages of a conversation. */
  public static final MistralOperation MESSAGES =
      MistralOperation.get(
          "beta.conversations.messages", "/v1/conversations/{conversation_id}/messages");

  /** Restarts a conversation from one of its entries. */
  public static final MistralOperation RESTART =
      MistralOperation.statefulPost(
          "beta.conversations.restart", "/v1/conversations/{conversation_id}/restart");

  /** Restarts a conversation from one of its entries, streaming the answer. */
  public static final MistralOperation RESTART_STREAM =
      new MistralOperation(
          "beta.conversations.restart.stream",
          "POST",
          "/v1/conversations/{conversation_id}/restart",
          false,
          true);

  /** The cap on rounds of function results when none is given. */
  public static final int DEFAULT_MAX_FUNCTION_ROUNDS = 10;

  private static final TypeReference<List<Conversation>> CONVERSATION_LIST =
      new TypeReference<>() {};

  private static final ObjectReader EVENT_READER =
      MistralJson.mapper().readerFor(ConversationEvent.class);

  private final MistralTransport transport;

  /** Creates the API group on a transport; users get it from {@code beta().conversations()}. */
  public ReactiveConversationsApi(MistralTransport transport) {
    this.transport = transport;
  }

  /**
   * Starts a conversation with a model or an agent and emits its answer. A request that names
   * neither uses the client's default chat model.
   */
  public Mono<ConversationResponse> start(ConversationRequest request) {
    return Mono.defer(
        () ->
            transport.exchange(
                MistralRequest.of(START, prepare(request, false)), ConversationResponse.class));
  }

  /** Starts a conversation and streams its answer as events; see {@link #stream}. */
  public Flux<ConversationEvent> startStream(ConversationRequest request) {
    return Flux.defer(() -> stream(MistralRequest.of(START_STREAM, prepare(request, true))));
  }

  /** Lists the first page of conversations. */
  public Mono<List<Conversation>> list() {
    return list(null, null);
  }

  /**
   * Lists conversations page by page, newest first.
   *
   * @param page the page, from 0; null for the first
   * @param pageSize conversations per page; null for the API's default
   */
  public Mono<List<Conversation>> list(Integer page, Integer pageSize) {
    return Mono.defer(
        () ->
            transport.exchange(
                MistralRequest.of(LIST).query("page", page).query("page_size", pageSize),
                CONVERSATION_LIST));
  }

  /** Describes one conversation. */
  public Mono<Conversation> get(String conversationId) {
    return Mono.defer(
        () ->
            transport.exchange(
                MistralRequest.of(GET).pathVariables(requireId(conversationId)),
                Conversation.class));
  }

  /** Appends inputs to a conversation and emits its answer. */
  public Mono<ConversationResponse> append(
      String conversationId, ConversationAppendRequest request) {
    return Mono.defer(
        () ->
            transport.exchange(
                MistralRequest.of(APPEND, request.withStream(false))
                    .pathVariables(requireId(conversationId)),
                ConversationResponse.class));
  }

  /** Continues the conversation of a previous answer with one user message. */
  public Mono<ConversationResponse> append(ConversationResponse previous, String message) {
    return append(
        previous.conversationId(), ConversationAppendRequest.builder().inputs(message).build());
  }

  /** Appends inputs to a conversation and streams its answer as events; see {@link #stream}. */
  public Flux<ConversationEvent> appendStream(
      String conversationId, ConversationAppendRequest request) {
    return Flux.defer(
        () ->
            stream(
                MistralRequest.of(APPEND_STREAM, request.withStream(true))
                    .pathVariables(requireId(conversationId))));
  }

  /** Reads every entry of a conversation, in order. */
  public Mono<ConversationHistory> history(String conversationId) {
    return Mono.defer(
        () ->
            transport.exchange(
                MistralRequest.of(HISTORY).pathVariables(requireId(conversationId)),
                ConversationHistory.class));
  }

  /** Reads the messages of a conversation, in order. */
  public Mono<ConversationMessages> messages(String conversationId) {
    return Mono.defer(
        () ->
            transport.exchange(
                MistralRequest.of(MESSAGES).pathVariables(requireId(conversationId)),
                ConversationMessages.class));
  }

  /**
   * Continues a conversation from one of its entries ({@code fromEntryId}) with new inputs and
   * emits the answer; the entries after it are left out of the new branch.
   */
  public Mono<ConversationResponse> restart(
      String conversationId, ConversationRestartRequest request) {
    return Mono.defer(
        () ->
            transport.exchange(
                MistralRequest.of(RESTART, request.withStream(false))
                    .pathVariables(requireId(conversationId)),
                ConversationResponse.class));
  }

  /** Restarts a conversation from one of its entries and streams the answer as events. */
  public Flux<ConversationEvent> restartStream(
      String conversationId, ConversationRestartRequest request) {
    return Flux.defer(
        () ->
            stream(
                MistralRequest.of(RESTART_STREAM, request.withStream(true))
                    .pathVariables(requireId(conversationId))));
  }

  /**
   * Answers the function calls of a response with the given Java functions until the model stops
   * calling them, and emits the first answer without calls; see {@link #callFunctions(
   * ConversationResponse, Map, int)}. At most {@link #DEFAULT_MAX_FUNCTION_ROUNDS} rounds.
   */
  public Mono<ConversationResponse> callFunctions(
      ConversationResponse response, Map<String, ? extends Function<JsonNode, ?>> functions) {
    return callFunctions(response, functions, DEFAULT_MAX_FUNCTION_ROUNDS);
  }

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
   * @throws IllegalArgumentException (as the {@code Mono}'s error) when a call names a function not
   *     in the map
   */
  public Mono<ConversationResponse> callFunctions(
      ConversationResponse response,
      Map<String, ? extends Function<JsonNode, ?>> functions,
      int maxRounds) {
    if (maxRounds < 0) {
      throw new IllegalArgumentException("maxRounds must not be negative");
    }
    return loop(response, Map.copyOf(functions), new AtomicInteger(), maxRounds);
  }

  /**
   * Starts a conversation and answers its function calls with the given Java functions until the
   * model stops calling them; see {@link #callFunctions(ConversationResponse, Map, int)}.
   */
  public Mono<ConversationResponse> startWithFunctions(
      ConversationRequest request,
      Map<String, ? extends Function<JsonNode, ?>> functions,
      int maxRounds) {
    return start(request).flatMap(response -> callFunctions(response, functions, maxRounds));
  }

  private Mono<ConversationResponse> loop(
      ConversationResponse response,
      Map<String, ? extends Function<JsonNode, ?>> functions,
      AtomicInteger rounds,
      int maxRounds) {
    List<FunctionCallEntry> calls = response.functionCalls();
    if (calls.isEmpty()) {
      return Mono.just(response);
    }
    if (rounds.get() >= maxRounds) {
      return Mono.error(new FunctionCallLimitException(maxRounds, response));
    }
    rounds.incrementAndGet();
    return Mono.fromCallable(() -> answer(calls, functions))
        .subscribeOn(Schedulers.boundedElastic())
        .flatMap(
            results ->
                append(
                    response.conversationId(),
                    ConversationAppendRequest.builder().inputs(results).build()))
        .flatMap(next -> loop(next, functions, rounds, maxRounds));
  }

  private static List<ConversationEntry> answer(
      List<FunctionCallEntry> calls, Map<String, ? extends Function<JsonNode, ?>> functions) {
    List<ConversationEntry> results = new ArrayList<>(calls.size());
    for (FunctionCallEntry call : calls) {
      Function<JsonNode, ?> function = functions.get(call.name());
      if (function == null) {
        throw new IllegalArgumentException(
            "The model called the function '"
                + call.name()
                + "', which is not among the functions given: "
                + functions.keySet());
      }
      Object result = function.apply(call.argumentsNode());
      results.add(FunctionResultEntry.of(call.toolCallId(), resultText(result)));
    }
    return results;
  }

  private static String resultText(Object result) {
    if (result instanceof String text) {
      return text;
    }
    try {
      return MistralJson.mapper().writeValueAsString(result);
    } catch (JacksonException failure) {
      throw new IllegalArgumentException(
          "Could not write a function's result of type "
              + result.getClass().getName()
              + " as JSON: "
              + failure.getOriginalMessage(),
          failure);
    }
  }

  /**
   * Streams a conversation answer as events. The stream fails with a {@link
   * ConversationStreamException} on a {@code conversation.response.error} event, and with a {@link
   * MistralStreamException} when it ends before {@code conversation.response.done}: a truncated
   * answer is lost data. Cancelling closes the connection.
   */
  private Flux<ConversationEvent> stream(MistralRequest request) {
    AtomicBoolean done = new AtomicBoolean();
    AtomicInteger count = new AtomicInteger();
    // Conversation streams need not end with [DONE]: their end marker is the done event.
    return transport.stream(request, ReactiveConversationsApi::readEvent, false)
        .doOnNext(
            event -> {
              count.incrementAndGet();
              if (event instanceof ResponseDoneEvent) {
                done.set(true);
              }
            })
        .concatWith(
            Flux.defer(
                () ->
                    done.get()
                        ? Flux.empty()
                        : Flux.error(
                            new MistralStreamException(
                                "The conversation stream ended without its "
                                    + ResponseDoneEvent.TYPE
                                    + " event after "
                                    + count.get()
                                    + " events: the answer is incomplete",
                                null))));
  }

  private static ConversationEvent readEvent(
      String eventName, byte[] bytes, int offset, int length) {
    ConversationEvent event;
    try {
      event = EVENT_READER.readValue(bytes, offset, length);
    } catch (JacksonException failure) {
      throw new MistralResponseParseException(
          "Could not read a conversation stream event"
              + (eventName != null ? " (" + eventName + ")" : "")
              + ": "
              + failure.getOriginalMessage(),
          200,
          new String(bytes, offset, length, StandardCharsets.UTF_8),
          failure);
    }
    if (event instanceof ResponseErrorEvent error) {
      throw new ConversationStreamException(
          error.message(), error.code(), new String(bytes, offset, length, StandardCharsets.UTF_8));
    }
    if (event instanceof UnknownEvent unknown && unknown.type() == null && eventName != null) {
      if (ResponseErrorEvent.TYPE.equals(eventName)) {
        Object message = unknown.properties().get("message");
        Object code = unknown.properties().get("code");
        throw new ConversationStreamException(
            message == null ? null : message.toString(),
            code instanceof Number number ? number.intValue() : null,
            new String(bytes, offset, length, StandardCharsets.UTF_8));
      }
      return new UnknownEvent(eventName, unknown.properties());
    }
    return event;
  }

  private ConversationRequest prepare(ConversationRequest request, boolean stream) {
    ConversationRequest withStream = request.withStream(stream);
    if (request.agentId() != null || (request.model() != null && !request.model().isBlank())) {
      return withStream;
    }
    String model =
        DefaultModels.resolve(
            null,
            transport.settings().defaultModels().chat(),
            "ConversationRequest",
            "mistral.chat.model");
    return withStream.toBuilder().model(model).build();
  }

  private static String requireId(String conversationId) {
    if (conversationId == null || conversationId.isBlank()) {
      throw new IllegalArgumentException("conversationId is required");
    }
    return conversationId;
  }
}
