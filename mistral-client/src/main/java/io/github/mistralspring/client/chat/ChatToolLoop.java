package io.github.mistralspring.client.chat;

import io.github.mistralspring.client.model.AssistantMessage;
import io.github.mistralspring.client.model.ChatMessage;
import io.github.mistralspring.client.model.Tool;
import io.github.mistralspring.client.model.ToolCall;
import io.github.mistralspring.client.model.ToolMessage;
import io.github.mistralspring.client.tools.LocalTool;
import io.github.mistralspring.client.tools.ToolErrorMode;
import io.github.mistralspring.client.tools.ToolExecutionException;
import io.github.mistralspring.client.tools.ToolRoundLimitException;
import io.github.mistralspring.client.tools.ToolRunOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * The tool loop of both chat groups: ask, run the calls the answer asks for (several at once, on a
 * bounded scheduler), send the results back, until an answer calls no tools or the cap is reached.
 */
final class ChatToolLoop {

  /** Time allowed, on top of the tools' own timeouts, to hand a round's results back. */
  private static final Duration ROUND_SLACK = Duration.ofSeconds(30);

  private final ChatCompletionRequest request;
  private final Map<String, LocalTool<?>> tools;
  private final ToolRunOptions options;
  private final Scheduler scheduler;

  private ChatToolLoop(
      ChatCompletionRequest request, List<? extends LocalTool<?>> tools, ToolRunOptions options) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(tools, "tools");
    Objects.requireNonNull(options, "options");
    Map<String, LocalTool<?>> byName = new LinkedHashMap<>();
    for (LocalTool<?> tool : tools) {
      if (byName.put(tool.name(), tool) != null) {
        throw new IllegalArgumentException(
            "Two tools are named '" + tool.name() + "': give one another name with withName");
      }
    }
    List<Tool> offered = new ArrayList<>();
    if (request.tools() != null) {
      for (Tool tool : request.tools()) {
        if (tool.function() != null && byName.containsKey(tool.function().name())) {
          throw new IllegalArgumentException(
              "The request already offers a tool named '"
                  + tool.function().name()
                  + "': runTools adds its tools to the request, so leave it out of tools(...)");
        }
        offered.add(tool);
      }
    }
    byName.values().forEach(tool -> offered.add(tool.toTool()));
    this.request = request.toBuilder().tools(offered).build();
    this.tools = byName;
    this.options = options;
    this.scheduler =
        options.executor() == null
            ? Schedulers.boundedElastic()
            // An ExecutorService can interrupt a call past its timeout; a bare Executor cannot.
            : options.executor() instanceof ExecutorService service
                ? Schedulers.fromExecutorService(service)
                : Schedulers.fromExecutor(options.executor());
  }

  static ChatToolLoop of(
      ChatCompletionRequest request, List<? extends LocalTool<?>> tools, ToolRunOptions options) {
    return new ChatToolLoop(request, tools, options);
  }

  /** Runs the loop over a blocking completion. */
  ToolRunResult runBlocking(Function<ChatCompletionRequest, ChatCompletionResponse> complete) {
    List<ChatMessage> messages = new ArrayList<>(request.messages());
    for (int rounds = 0; ; rounds++) {
      ChatCompletionResponse response = complete.apply(next(messages));
      List<ToolCall> calls = calls(response, messages);
      if (calls.isEmpty()) {
        return new ToolRunResult(response, messages, rounds);
      }
      checkCap(rounds, messages, calls);
      List<ToolMessage> results = execute(calls, messages).block(bound(calls.size()));
      messages.addAll(results);
    }
  }

  /** Runs the loop over a reactive completion. */
  Mono<ToolRunResult> runReactive(
      Function<ChatCompletionRequest, Mono<ChatCompletionResponse>> complete) {
    return Mono.defer(() -> round(complete, new ArrayList<>(request.messages()), 0));
  }

  private Mono<ToolRunResult> round(
      Function<ChatCompletionRequest, Mono<ChatCompletionResponse>> complete,
      List<ChatMessage> messages,
      int rounds) {
    return complete
        .apply(next(messages))
        .flatMap(
            response -> {
              List<ToolCall> calls = calls(response, messages);
              if (calls.isEmpty()) {
                return Mono.just(new ToolRunResult(response, messages, rounds));
              }
              checkCap(rounds, messages, calls);
              return execute(calls, messages)
                  .flatMap(
                      results -> {
                        messages.addAll(results);
                        return round(complete, messages, rounds + 1);
                      });
            });
  }

  private ChatCompletionRequest next(List<ChatMessage> messages) {
    return request.toBuilder().messages(messages).build();
  }

  /** Adds the answer to the conversation and returns the calls it asks for. */
  private static List<ToolCall> calls(ChatCompletionResponse response, List<ChatMessage> messages) {
    AssistantMessage message = response.firstMessage();
    if (message == null) {
      return List.of();
    }
    messages.add(message);
    return message.hasToolCalls() ? message.toolCalls() : List.of();
  }

  private void checkCap(int rounds, List<ChatMessage> messages, List<ToolCall> calls) {
    if (rounds >= options.maxRounds()) {
      throw new ToolRoundLimitException(options.maxRounds(), messages, calls);
    }
  }

  /** The results of the calls, in the calls' order, running up to maxConcurrency at once. */
  private Mono<List<ToolMessage>> execute(List<ToolCall> calls, List<ChatMessage> messages) {
    List<ChatMessage> transcript = List.copyOf(messages);
    return Flux.fromIterable(calls)
        .flatMapSequential(call -> execute(call, transcript), options.maxConcurrency())
        .collectList();
  }

  private Mono<ToolMessage> execute(ToolCall call, List<ChatMessage> transcript) {
    String name = call.function() == null ? null : call.function().name();
    LocalTool<?> tool = name == null ? null : tools.get(name);
    if (tool == null) {
      return Mono.fromCallable(
          () ->
              failed(
                  call,
                  name,
                  "The model called the tool '"
                      + name
                      + "', which is not among the tools given to runTools: "
                      + tools.keySet(),
                  null,
                  transcript));
    }
    return invoke(call, name, tool)
        .timeout(options.toolTimeout())
        .onErrorResume(
            e -> !(e instanceof ToolExecutionException),
            e ->
                Mono.fromCallable(
                    () ->
                        failed(
                            call,
                            name,
                            e instanceof TimeoutException
                                ? "Tool '"
                                    + name
                                    + "' ran past its timeout of "
                                    + options.toolTimeout()
                                    + " (ToolRunOptions.toolTimeout)"
                                : "Tool '" + name + "' failed: " + e,
                            e,
                            transcript)));
  }

  /**
   * Runs the tool on the scheduler. A call cancelled by its timeout (or by the subscriber) is
   * interrupted, and what it throws then is nobody's concern: it is dropped here rather than left
   * to Reactor's dropped-error log.
   */
  private Mono<ToolMessage> invoke(ToolCall call, String name, LocalTool<?> tool) {
    return Mono.create(
        sink -> {
          AtomicBoolean cancelled = new AtomicBoolean();
          Disposable task =
              scheduler.schedule(
                  () -> {
                    try {
                      String result = tool.call(call.function().argumentsAsString());
                      sink.success(ToolMessage.of(call.id(), name, result));
                    } catch (Exception e) {
                      if (!cancelled.get()) {
                        sink.error(e);
                      }
                    }
                  });
          sink.onCancel(
              () -> {
                cancelled.set(true);
                task.dispose();
              });
        });
  }

  /** The failure as the call's result, or thrown, as the options say. */
  private ToolMessage failed(
      ToolCall call, String name, String problem, Throwable cause, List<ChatMessage> transcript) {
    if (options.onToolError() == ToolErrorMode.RAISE) {
      throw new ToolExecutionException(problem, name, call.id(), transcript, cause);
    }
    return ToolMessage.of(call.id(), name, "Error: " + problem);
  }

  /** How long the blocking loop waits for a round: every batch's timeout, and some slack. */
  private Duration bound(int calls) {
    int batches = (calls + options.maxConcurrency() - 1) / options.maxConcurrency();
    return options.toolTimeout().multipliedBy(batches).plus(ROUND_SLACK);
  }
}
