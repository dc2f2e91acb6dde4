package io.github.mistralspring.client.agents;

import io.github.mistralspring.client.chat.ChatCompletionResponse;
import io.github.mistralspring.client.chat.CompletionChunk;
import io.github.mistralspring.client.chat.ParseStreamEvent;
import io.github.mistralspring.client.chat.ParsedChatCompletion;
import io.github.mistralspring.client.core.WithOptions;
import io.github.mistralspring.client.schema.StructuredOutput;
import io.github.mistralspring.client.schema.TypeRef;
import java.util.stream.Stream;

/**
 * Agents completions ({@code POST /v1/agents/completions}), blocking; get it from {@code
 * MistralClient.agents()}.
 */
public interface AgentsApi extends WithOptions<AgentsApi> {

  /**
   * Asks an agent for a completion and waits for the whole response.
   *
   * @param request the request, with the agent's id and the messages
   * @return the agent's answer
   * @deprecated {@code /v1/agents/completions} is deprecated in the 2026-07 specification: start a
   *     conversation with the agent instead ({@code beta().conversations().start(..)} with its
   *     agent id), which keeps the history on the server and offers the built-in tools.
   */
  @Deprecated(since = "0.1.0")
  ChatCompletionResponse complete(AgentsCompletionRequest request);

  /**
   * Asks an agent for a completion as a stream of chunks. The stream must be closed (use
   * try-with-resources); closing it early closes the connection. Closing it from another thread or
   * interrupting its reader ends it as {@link io.github.mistralspring.client.chat.ChatApi#stream}
   * says.
   *
   * @param request the request, with the agent's id and the messages
   * @return the chunks, to close after use
   * @deprecated {@code /v1/agents/completions} is deprecated in the 2026-07 specification: start a
   *     conversation with the agent instead ({@code beta().conversations().start(..)} with its
   *     agent id), which keeps the history on the server and offers the built-in tools.
   */
  @Deprecated(since = "0.1.0")
  Stream<CompletionChunk> stream(AgentsCompletionRequest request);

  /**
   * Streams an agents completion and returns the chunks folded into a whole response.
   *
   * @param request the request, with the agent's id and the messages
   * @return the answer the chunks fold into, as {@link #complete} returns it
   * @deprecated {@code /v1/agents/completions} is deprecated in the 2026-07 specification: start a
   *     conversation with the agent instead ({@code beta().conversations().start(..)} with its
   *     agent id), which keeps the history on the server and offers the built-in tools.
   */
  @Deprecated(since = "0.1.0")
  ChatCompletionResponse streamAndAccumulate(AgentsCompletionRequest request);

  /**
   * Asks an agent for an answer as JSON matching the strict schema of a Java type and reads it as
   * that type, as {@code chat().parse} does: the schema goes as the request's {@code
   * response_format}, so build the request without one.
   *
   * @param request the request, without a response format
   * @param type the class to read the answer as
   * @param <T> the type the answer is read as
   * @return the answer read as the type, with the whole response
   * @throws io.github.mistralspring.client.error.StructuredOutputException when the answer is cut
   *     off, missing or does not match the type; it carries the raw text
   * @throws IllegalArgumentException when the type has no JSON shape, or the request already sets
   *     another response format
   * @deprecated {@code /v1/agents/completions} is deprecated in the 2026-07 specification: start a
   *     conversation with the agent instead ({@code beta().conversations().parse(..)} with its
   *     agent id), which keeps the history on the server and offers the built-in tools.
   */
  @Deprecated(since = "0.1.0")
  default <T> ParsedChatCompletion<T> parse(AgentsCompletionRequest request, Class<T> type) {
    StructuredOutput<T> output = StructuredOutput.of(type);
    return ParsedChatCompletion.of(
        complete(AgentsStructuredOutput.withFormat(request, output)), output);
  }

  /**
   * Asks an agent for an answer as JSON matching the strict schema of a generic type ({@code new
   * TypeRef<List<Item>>() {}}) and reads it as that type, as {@link #parse(AgentsCompletionRequest,
   * Class)} does.
   *
   * @param request the request, without a response format
   * @param type the type to read the answer as, written out in full
   * @param <T> the type the answer is read as
   * @return the answer read as the type, with the whole response
   * @throws io.github.mistralspring.client.error.StructuredOutputException when the answer is cut
   *     off, missing or does not match the type; it carries the raw text
   * @throws IllegalArgumentException when the type has no JSON shape, or the request already sets
   *     another response format
   * @deprecated {@code /v1/agents/completions} is deprecated in the 2026-07 specification: start a
   *     conversation with the agent instead ({@code beta().conversations().parse(..)} with its
   *     agent id), which keeps the history on the server and offers the built-in tools.
   */
  @Deprecated(since = "0.1.0")
  default <T> ParsedChatCompletion<T> parse(AgentsCompletionRequest request, TypeRef<T> type) {
    StructuredOutput<T> output = StructuredOutput.of(type);
    return ParsedChatCompletion.of(
        complete(AgentsStructuredOutput.withFormat(request, output)), output);
  }

  /**
   * Streams an agent's answer as JSON matching the strict schema of a Java type: the text as it
   * arrives, then the answer read as the type as the last event (whose parse fails as {@link
   * #parse(AgentsCompletionRequest, Class)}'s does, when the stream reaches it). The stream must be
   * closed, as {@link #stream}'s.
   *
   * @param request the request, without a response format
   * @param type the class to read the answer as
   * @param <T> the type the answer is read as
   * @return the events, to close after use
   * @throws IllegalArgumentException when the type has no JSON shape, or the request already sets
   *     another response format
   * @deprecated {@code /v1/agents/completions} is deprecated in the 2026-07 specification: start a
   *     conversation with the agent instead ({@code beta().conversations().parse(..)} with its
   *     agent id), which keeps the history on the server and offers the built-in tools.
   */
  @Deprecated(since = "0.1.0")
  default <T> Stream<ParseStreamEvent<T>> parseStream(
      AgentsCompletionRequest request, Class<T> type) {
    StructuredOutput<T> output = StructuredOutput.of(type);
    return ParseStreamEvent.of(stream(AgentsStructuredOutput.withFormat(request, output)), output);
  }

  /**
   * Streams an agent's answer as JSON matching the strict schema of a generic type, as {@link
   * #parseStream(AgentsCompletionRequest, Class)} does.
   *
   * @param request the request, without a response format
   * @param type the type to read the answer as, written out in full
   * @param <T> the type the answer is read as
   * @return the events, to close after use
   * @throws IllegalArgumentException when the type has no JSON shape, or the request already sets
   *     another response format
   * @deprecated {@code /v1/agents/completions} is deprecated in the 2026-07 specification: start a
   *     conversation with the agent instead ({@code beta().conversations().parse(..)} with its
   *     agent id), which keeps the history on the server and offers the built-in tools.
   */
  @Deprecated(since = "0.1.0")
  default <T> Stream<ParseStreamEvent<T>> parseStream(
      AgentsCompletionRequest request, TypeRef<T> type) {
    StructuredOutput<T> output = StructuredOutput.of(type);
    return ParseStreamEvent.of(stream(AgentsStructuredOutput.withFormat(request, output)), output);
  }
}
