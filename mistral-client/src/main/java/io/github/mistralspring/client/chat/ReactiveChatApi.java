package io.github.mistralspring.client.chat;

import io.github.mistralspring.client.core.MistralOperation;
import io.github.mistralspring.client.core.WithOptions;
import io.github.mistralspring.client.schema.StructuredOutput;
import io.github.mistralspring.client.schema.TypeRef;
import io.github.mistralspring.client.tools.LocalTool;
import io.github.mistralspring.client.tools.ToolRunOptions;
import java.util.List;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Chat completions ({@code POST /v1/chat/completions}), as {@link Mono} and {@link Flux}; get it
 * from {@code ReactiveMistralClient.chat()}.
 */
public interface ReactiveChatApi extends WithOptions<ReactiveChatApi> {

  /** A chat completion answered in one response. */
  MistralOperation COMPLETE = MistralOperation.statelessPost("chat", "/v1/chat/completions");

  /** A chat completion streamed as server-sent events. */
  MistralOperation STREAM = MistralOperation.statelessStream("chat.stream", "/v1/chat/completions");

  /**
   * Asks for a chat completion and emits the whole response. A request that names no model uses the
   * client's default chat model.
   *
   * @param request the request; one that names no model uses the client's default chat model
   * @return a {@code Mono} of the whole response, with its choices and usage
   */
  Mono<ChatCompletionResponse> complete(ChatCompletionRequest request);

  /**
   * Sends one user message to the default chat model and emits the answer's text.
   *
   * @param prompt the user message to send
   * @return a {@code Mono} of the text of the answer, thinking excluded; empty when the answer has
   *     no text
   */
  Mono<String> complete(String prompt);

  /**
   * Asks for a chat completion as a stream of chunks, which ends after the server's {@code [DONE]}.
   * Cancelling the subscription closes the connection. {@link ChatCompletionAccumulator} folds the
   * chunks into a whole response.
   *
   * @param request the request; one that names no model uses the client's default chat model
   * @return the chunks in the order the server sent them; cancel to close the connection
   */
  Flux<CompletionChunk> stream(ChatCompletionRequest request);

  /**
   * Asks for an answer as JSON matching the strict schema of a Java type and emits it read as that
   * type; see {@code ChatApi.parse}. The arguments are checked when this is called (a type without
   * a JSON shape, a request with its own response format); the answer's failures are the {@code
   * Mono}'s error.
   *
   * @param request the request, without a response format
   * @param type the class to read the answer as
   * @param <T> the type the answer is read as
   * @return the answer read as the type, with the whole response; a {@link
   *     io.github.mistralspring.client.error.StructuredOutputException} error when it does not
   *     match
   * @throws IllegalArgumentException when the type has no JSON shape, or the request already sets
   *     another response format
   */
  default <T> Mono<ParsedChatCompletion<T>> parse(ChatCompletionRequest request, Class<T> type) {
    return parse(request, StructuredOutput.of(type));
  }

  /**
   * Asks for an answer as JSON matching the strict schema of a generic type ({@code new
   * TypeRef<List<Item>>() {}}) and emits it read as that type, as {@link
   * #parse(ChatCompletionRequest, Class)} does.
   *
   * @param request the request, without a response format
   * @param type the type to read the answer as, written out in full
   * @param <T> the type the answer is read as
   * @return the answer read as the type, with the whole response
   * @throws IllegalArgumentException when the type has no JSON shape, or the request already sets
   *     another response format
   */
  default <T> Mono<ParsedChatCompletion<T>> parse(ChatCompletionRequest request, TypeRef<T> type) {
    return parse(request, StructuredOutput.of(type));
  }

  private <T> Mono<ParsedChatCompletion<T>> parse(
      ChatCompletionRequest request, StructuredOutput<T> output) {
    ChatCompletionRequest formatted = StructuredCompletions.withFormat(request, output);
    return Mono.defer(
        () -> complete(formatted).map(response -> StructuredCompletions.parse(response, output)));
  }

  /**
   * Streams an answer as JSON matching the strict schema of a Java type: the text as it arrives,
   * then the answer read as the type as the last event, or the parse error as the stream's error.
   * The arguments are checked when this is called, as {@link #parse(ChatCompletionRequest,
   * Class)}'s are.
   *
   * @param request the request, without a response format
   * @param type the class to read the answer as
   * @param <T> the type the answer is read as
   * @return the events
   * @throws IllegalArgumentException when the type has no JSON shape, or the request already sets
   *     another response format
   */
  default <T> Flux<ParseStreamEvent<T>> parseStream(ChatCompletionRequest request, Class<T> type) {
    return parseStream(request, StructuredOutput.of(type));
  }

  /**
   * Streams an answer as JSON matching the strict schema of a generic type, as {@link
   * #parseStream(ChatCompletionRequest, Class)} does.
   *
   * @param request the request, without a response format
   * @param type the type to read the answer as, written out in full
   * @param <T> the type the answer is read as
   * @return the events
   * @throws IllegalArgumentException when the type has no JSON shape, or the request already sets
   *     another response format
   */
  default <T> Flux<ParseStreamEvent<T>> parseStream(
      ChatCompletionRequest request, TypeRef<T> type) {
    return parseStream(request, StructuredOutput.of(type));
  }

  private <T> Flux<ParseStreamEvent<T>> parseStream(
      ChatCompletionRequest request, StructuredOutput<T> output) {
    ChatCompletionRequest formatted = StructuredCompletions.withFormat(request, output);
    return Flux.defer(() -> StructuredCompletions.parseStream(stream(formatted), output));
  }

  /**
   * Runs a conversation with tools until an answer calls none, as {@code ChatApi.runTools} does,
   * with {@link ToolRunOptions#defaults()} but the cap on rounds.
   *
   * @param request the request the conversation starts with
   * @param tools the tools the model may call, added to the request's own
   * @param maxRounds the most rounds of tool results to send back
   * @return a {@code Mono} of the final answer, the whole conversation and the number of rounds
   */
  default Mono<ToolRunResult> runTools(
      ChatCompletionRequest request, List<? extends LocalTool<?>> tools, int maxRounds) {
    return runTools(
        request, tools, ToolRunOptions.defaults().toBuilder().maxRounds(maxRounds).build());
  }

  /**
   * Runs a conversation with tools until an answer calls none, as {@code ChatApi.runTools} does;
   * the arguments are checked when this is called. The round cap's {@link
   * io.github.mistralspring.client.tools.ToolRoundLimitException} and a raised {@link
   * io.github.mistralspring.client.tools.ToolExecutionException} are the {@code Mono}'s error.
   * Cancelling stops the loop and interrupts running tools.
   *
   * @param request the request the conversation starts with
   * @param tools the tools the model may call, added to the request's own
   * @param options how tools run: rounds, concurrency, executor, time limit and what a failed call
   *     does
   * @return a {@code Mono} of the final answer, the whole conversation and the number of rounds
   */
  default Mono<ToolRunResult> runTools(
      ChatCompletionRequest request, List<? extends LocalTool<?>> tools, ToolRunOptions options) {
    ChatToolLoop loop = ChatToolLoop.of(request, tools, options);
    return Mono.defer(() -> loop.runReactive(this::complete));
  }
}
