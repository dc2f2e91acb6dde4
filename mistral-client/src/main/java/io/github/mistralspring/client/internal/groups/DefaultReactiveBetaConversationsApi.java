package io.github.mistralspring.client.internal.groups;

import io.github.mistralspring.client.beta.conversations.Conversation;
import io.github.mistralspring.client.beta.conversations.ConversationAppendRequest;
import io.github.mistralspring.client.beta.conversations.ConversationEntry;
import io.github.mistralspring.client.beta.conversations.ConversationEvent;
import io.github.mistralspring.client.beta.conversations.ConversationHistory;
import io.github.mistralspring.client.beta.conversations.ConversationMessages;
import io.github.mistralspring.client.beta.conversations.ConversationRequest;
import io.github.mistralspring.client.beta.conversations.ConversationResponse;
import io.github.mistralspring.client.beta.conversations.ConversationRestartRequest;
import io.github.mistralspring.client.beta.conversations.ConversationStreamException;
import io.github.mistralspring.client.beta.conversations.FunctionCallEntry;
import io.github.mistralspring.client.beta.conversations.FunctionCallLimitException;
import io.github.mistralspring.client.beta.conversations.FunctionResultEntry;
import io.github.mistralspring.client.beta.conversations.ReactiveBetaConversationsApi;
import io.github.mistralspring.client.beta.conversations.ResponseDoneEvent;
import io.github.mistralspring.client.beta.conversations.ResponseErrorEvent;
import io.github.mistralspring.client.beta.conversations.UnknownEvent;
import io.github.mistralspring.client.core.MistralOperation;
import io.github.mistralspring.client.error.MistralResponseParseException;
import io.github.mistralspring.client.error.MistralStreamException;
import io.github.mistralspring.client.internal.Calls;
import io.github.mistralspring.client.internal.MistralRequest;
import io.github.mistralspring.client.internal.Pages;
import io.github.mistralspring.client.json.MistralJson;
import io.github.mistralspring.client.paging.Page;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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

/** The reactive beta conversations group. */
public final class DefaultReactiveBetaConversationsApi
    extends CallsGroup<ReactiveBetaConversationsApi> implements ReactiveBetaConversationsApi {

  private static final TypeReference<List<Conversation>> CONVERSATION_LIST =
      new TypeReference<>() {};

  // Built on the first stream, not with the client: the reader introspects every event type,
  // which loaded some 150 Jackson classes (and the mapper) at application start-up.
  private static final class EventReader {
    static final ObjectReader INSTANCE = MistralJson.mapper().readerFor(ConversationEvent.class);
  }

  /** The group on a client's calls. */
  public DefaultReactiveBetaConversationsApi(Calls calls) {
    super(calls, DefaultReactiveBetaConversationsApi::new);
  }

  @Override
  public Mono<ConversationResponse> start(ConversationRequest request) {
    return calls.exchange(prepare(START, request, false), ConversationResponse.class);
  }

  @Override
  public Flux<ConversationEvent> startStream(ConversationRequest request) {
    return stream(prepare(START_STREAM, request, true));
  }

  @Override
  public Mono<Page<Conversation>> list() {
    return list(null, null);
  }

  @Override
  public Mono<Page<Conversation>> list(Integer page, Integer pageSize) {
    return calls
        .exchange(
            MistralRequest.of(LIST).query("page", page).query("page_size", pageSize),
            CONVERSATION_LIST)
        .map(Page::of);
  }

  @Override
  public Flux<Conversation> listAll() {
    return listAll(null);
  }

  @Override
  public Flux<Conversation> listAll(Integer pageSize) {
    return Pages.flux(0, pageSize, Conversation::id, page -> list(page, pageSize));
  }

  @Override
  public Mono<Conversation> retrieve(String conversationId) {
    return calls.exchange(
        MistralRequest.of(RETRIEVE).pathVariables(Ids.require(conversationId, "conversationId")),
        Conversation.class);
  }

  @Override
  public Mono<ConversationResponse> append(
      String conversationId, ConversationAppendRequest request) {
    return calls.exchange(
        continuing(APPEND, conversationId, request, false), ConversationResponse.class);
  }

  @Override
  public Mono<ConversationResponse> append(ConversationResponse previous, String message) {
    Objects.requireNonNull(previous, "previous");
    return append(
        previous.conversationId(), ConversationAppendRequest.builder().inputs(message).build());
  }

  @Override
  public Flux<ConversationEvent> appendStream(
      String conversationId, ConversationAppendRequest request) {
    return stream(continuing(APPEND_STREAM, conversationId, request, true));
  }

  @Override
  public Mono<ConversationHistory> history(String conversationId) {
    return calls.exchange(
        MistralRequest.of(HISTORY).pathVariables(Ids.require(conversationId, "conversationId")),
        ConversationHistory.class);
  }

  @Override
  public Mono<ConversationMessages> messages(String conversationId) {
    return calls.exchange(
        MistralRequest.of(MESSAGES).pathVariables(Ids.require(conversationId, "conversationId")),
        ConversationMessages.class);
  }

  @Override
  public Mono<ConversationResponse> restart(
      String conversationId, ConversationRestartRequest request) {
    return calls.exchange(
        continuing(RESTART, conversationId, request, false), ConversationResponse.class);
  }

  @Override
  public Flux<ConversationEvent> restartStream(
      String conversationId, ConversationRestartRequest request) {
    return stream(continuing(RESTART_STREAM, conversationId, request, true));
  }

  @Override
  public Mono<ConversationResponse> callFunctions(
      ConversationResponse response, Map<String, ? extends Function<JsonNode, ?>> functions) {
    return callFunctions(response, functions, DEFAULT_MAX_FUNCTION_ROUNDS);
  }

  @Override
  public Mono<ConversationResponse> callFunctions(
      ConversationResponse response,
      Map<String, ? extends Function<JsonNode, ?>> functions,
      int maxRounds) {
    if (maxRounds < 0) {
      throw new IllegalArgumentException("maxRounds must not be negative");
    }
    return loop(response, Map.copyOf(functions), new AtomicInteger(), maxRounds);
  }

  @Override
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
   * Streams a conversation answer as events, failing as the interface says on an error event or an
   * end before the done event. The count and the done flag are each subscription's own.
   */
  private Flux<ConversationEvent> stream(MistralRequest request) {
    return Flux.defer(
        () -> {
          AtomicBoolean done = new AtomicBoolean();
          AtomicInteger count = new AtomicInteger();
          // Conversation streams need not end with [DONE]: their end marker is the done event.
          return calls.stream(request, DefaultReactiveBetaConversationsApi::readEvent, false)
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
        });
  }

  private static ConversationEvent readEvent(
      String eventName, byte[] bytes, int offset, int length) {
    ConversationEvent event;
    try {
      event = EventReader.INSTANCE.readValue(bytes, offset, length);
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

  // A call that goes on with a conversation (append, restart): the stream flag beside the request.
  private static MistralRequest continuing(
      MistralOperation operation, String conversationId, Object request, boolean stream) {
    Ids.require(conversationId, "conversationId");
    return MistralRequest.of(operation, Objects.requireNonNull(request, "request"))
        .bodyProperty("stream", stream)
        .pathVariables(conversationId);
  }

  // The stream flag and the default model (when no agent answers) go on the wire beside the
  // request, never into a copy of it.
  private MistralRequest prepare(
      MistralOperation operation, ConversationRequest request, boolean stream) {
    Objects.requireNonNull(request, "request");
    // An agent answers with its own model: the client's default is added only when none does.
    boolean agent = request.agentId() != null;
    return Completions.call(
        operation,
        request,
        request.model(),
        "ConversationRequest",
        () -> agent ? null : calls.defaultModels().chatFor(null, "ConversationRequest"),
        stream);
  }

  @Override
  public Mono<Void> delete(String conversationId) {
    return calls.send(
        MistralRequest.of(DELETE).pathVariables(Ids.require(conversationId, "conversationId")));
  }
}
