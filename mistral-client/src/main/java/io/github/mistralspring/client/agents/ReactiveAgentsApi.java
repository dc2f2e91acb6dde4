package io.github.mistralspring.client.agents;

import io.github.mistralspring.client.chat.ChatCompletionAccumulator;
import io.github.mistralspring.client.chat.ChatCompletionResponse;
import io.github.mistralspring.client.chat.CompletionChunk;
import io.github.mistralspring.client.chat.ParseStreamEvent;
import io.github.mistralspring.client.chat.ParsedChatCompletion;
import io.github.mistralspring.client.core.MistralOperation;
import io.github.mistralspring.client.core.WithOptions;
import io.github.mistralspring.client.schema.StructuredOutput;
import io.github.mistralspring.client.schema.TypeRef;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Agents completions ({@code POST /v1/agents/completions}), as {@link Mono} and {@link Flux}; get
 * it from {@code ReactiveMistralClient.agents()}.
 */
public interface ReactiveAgentsApi extends WithOptions<ReactiveAgentsApi> {

  /** An agents completion answered in one response. */
  MistralOperation COMPLETE = MistralOperation.statelessPost("agents", "/v1/agents/completions");

  /** An agents completion streamed as server-sent events. */
  MistralOperation STREAM =
      MistralOperation.statelessStream("agents.stream", "/v1/agents/completions");

  /**
   * Asks an agent for a completion and emits the whole response.
   *
   * @param request the request, with the agent's id and the messages
   * @return the agent's answer
   * @deprecated {@code /v1/agents/completions} is deprecated in the 2026-07 specification: start a
   *     conversation with the agent instead ({@code beta().conversations().start(..)} with its
   *     agent id), which keeps the history on the server and offers the built-in tools.
   */
  @Deprecated(since = "0.1.0")
  Mono<ChatCompletionResponse> complete(AgentsCompletionRequest request);

  /**
   * Asks an agent for a completion as a stream of chunks, which ends after the server's {@code
   * [DONE]}. Cancelling the subscription closes the connection. {@link ChatCompletionAccumulator}
   * folds the chunks into a whole response.
   *
   * @param request the request, with the agent's id and the messages
   * @return the chunks, as they arrive
   * @deprecated {@code /v1/agents/completions} is deprecated in the 2026-07 specification: start a
   *     conversation with the agent instead ({@code beta().conversations().start(..)} with its
   *     agent id), which keeps the history on the server and offers the built-in tools.
   */
  @Deprecated(since = "0.1.0")
  Flux<CompletionChunk> stream(AgentsCompletionRequest request);

  /**
   * Asks an agent for an answer as JSON matching the strict schema of a Java type and emits it read
   * as that type, as {@code chat().parse} does. The arguments are checked when this is called; the
   * answer's failures are the {@code Mono}'s error.
   *
   * @param request the request, without a response format
   * @param type the class to read the answer as
   * @param <T> the type the answer is read as
   * @return the answer read as the type, with the whole response; a {@link
   *     io.github.mistralspring.client.error.StructuredOutputException} error when it does not
   *     match
   * @throws IllegalArgumentException when the type has no JSON shape, or the request already sets
   *     another response format
   * @deprecated {@code /v1/agents/completions} is deprecated in the 2026-07 specification: start a
   *     conversation with the agent instead ({@code beta().conversations().parse(..)} with its
   *     agent id), which keeps the history on the server and offers the built-in tools.
   */
  @Deprecated(since = "0.1.0")
  default <T> Mono<ParsedChatCompletion<T>> parse(AgentsCompletionRequest request, Class<T> type) {
    StructuredOutput<T> output = StructuredOutput.of(type);
    AgentsCompletionRequest formatted = AgentsStructuredOutput.withFormat(request, output);
    return Mono.defer(
        () -> complete(formatted).map(response -> ParsedChatCompletion.of(response, output)));
  }

  /**
   * Asks an agent for an answer as JSON matching the strict schema of a generic type and emits it
   * read as that type, as {@link #parse(AgentsCompletionRequest, Class)} does.
   *
   * @param request the request, without a response format
   * @param type the type to read the answer as, written out in full
   * @param <T> the type the answer is read as
   * @return the answer read as the type, with the whole response
   * @throws IllegalArgumentException when the type has no JSON shape, or the request already sets
   *     another response format
   * @deprecated {@code /v1/agents/completions} is deprecated in the 2026-07 specification: start a
   *     conversation with the agent instead ({@code beta().conversations().parse(..)} with its
   *     agent id), which keeps the history on the server and offers the built-in tools.
   */
  @Deprecated(since = "0.1.0")
  default <T> Mono<ParsedChatCompletion<T>> parse(
      AgentsCompletionRequest request, TypeRef<T> type) {
    StructuredOutput<T> output = StructuredOutput.of(type);
    AgentsCompletionRequest formatted = AgentsStructuredOutput.withFormat(request, output);
    return Mono.defer(
        () -> complete(formatted).map(response -> ParsedChatCompletion.of(response, output)));
  }

  /**
   * Streams an agent's answer as JSON matching the strict schema of a Java type: the text as it
   * arrives, then the answer read as the type as the last event, or the parse error as the stream's
   * error. The arguments are checked when this is called.
   *
   * @param request the request, without a response format
   * @param type the class to read the answer as
   * @param <T> the type the answer is read as
   * @return the events
   * @throws IllegalArgumentException when the type has no JSON shape, or the request already sets
   *     another response format
   * @deprecated {@code /v1/agents/completions} is deprecated in the 2026-07 specification: start a
   *     conversation with the agent instead ({@code beta().conversations().parse(..)} with its
   *     agent id), which keeps the history on the server and offers the built-in tools.
   */
  @Deprecated(since = "0.1.0")
  default <T> Flux<ParseStreamEvent<T>> parseStream(
      AgentsCompletionRequest request, Class<T> type) {
    StructuredOutput<T> output = StructuredOutput.of(type);
    AgentsCompletionRequest formatted = AgentsStructuredOutput.withFormat(request, output);
    return Flux.defer(() -> ParseStreamEvent.of(stream(formatted), output));
  }

  /**
   * Streams an agent's answer as JSON matching the strict schema of a generic type, as {@link
   * #parseStream(AgentsCompletionRequest, Class)} does.
   *
   * @param request the request, without a response format
   * @param type the type to read the answer as, written out in full
   * @param <T> the type the answer is read as
   * @return the events
   * @throws IllegalArgumentException when the type has no JSON shape, or the request already sets
   *     another response format
   * @deprecated {@code /v1/agents/completions} is deprecated in the 2026-07 specification: start a
   *     conversation with the agent instead ({@code beta().conversations().parse(..)} with its
   *     agent id), which keeps the history on the server and offers the built-in tools.
   */
  @Deprecated(since = "0.1.0")
  default <T> Flux<ParseStreamEvent<T>> parseStream(
      AgentsCompletionRequest request, TypeRef<T> type) {
    StructuredOutput<T> output = StructuredOutput.of(type);
    AgentsCompletionRequest formatted = AgentsStructuredOutput.withFormat(request, output);
    return Flux.defer(() -> ParseStreamEvent.of(stream(formatted), output));
  }
}
