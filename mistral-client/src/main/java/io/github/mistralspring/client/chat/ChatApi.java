package io.github.mistralspring.client.chat;

import io.github.mistralspring.client.core.WithOptions;
import io.github.mistralspring.client.schema.StructuredOutput;
import io.github.mistralspring.client.schema.TypeRef;
import io.github.mistralspring.client.tools.LocalTool;
import io.github.mistralspring.client.tools.ToolRunOptions;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Chat completions ({@code POST /v1/chat/completions}), blocking; get it from {@code
 * MistralClient.chat()}.
 */
public interface ChatApi extends WithOptions<ChatApi> {

  /**
   * Asks for a chat completion and waits for the whole response.
   *
   * @param request the request; one that names no model uses the client's default chat model
   * @return the whole response, with its choices and usage
   */
  ChatCompletionResponse complete(ChatCompletionRequest request);

  /**
   * Sends one user message to the default chat model and returns the answer's text.
   *
   * @param prompt the user message to send
   * @return the text of the answer, thinking excluded; absent when the answer has no text
   */
  @Nullable String complete(String prompt);

  /**
   * Asks for a chat completion as a stream of chunks. The stream must be closed (use
   * try-with-resources); closing it early closes the connection.
   *
   * <p>Closing the stream from another thread (to stop an answer) wakes a reader blocked in it,
   * which then throws a {@link java.util.concurrent.CancellationException}; interrupting the reader
   * closes the stream and throws a {@link
   * io.github.mistralspring.client.error.MistralInterruptedException}, keeping the interrupt flag.
   *
   * @param request the request; one that names no model uses the client's default chat model
   * @return the chunks in the order the server sent them; close it when done
   */
  Stream<CompletionChunk> stream(ChatCompletionRequest request);

  /**
   * Streams a chat completion and returns the chunks folded into a whole response.
   *
   * @param request the request; one that names no model uses the client's default chat model
   * @return the response folded from every chunk, as {@link #complete(ChatCompletionRequest)} would
   *     answer
   */
  ChatCompletionResponse streamAndAccumulate(ChatCompletionRequest request);

  /**
   * Asks for an answer as JSON matching the strict schema of a Java type and reads it as that type.
   * The schema is generated from the type (see {@link
   * io.github.mistralspring.client.schema.JsonSchemaGenerator}) and sent as the request's {@code
   * response_format}; build the request without one.
   *
   * @param request the request, without a response format
   * @param type the class to read the answer as: a record, a class Jackson binds, an enum, or a
   *     sealed interface with {@code @JsonTypeInfo}
   * @param <T> the type the answer is read as
   * @return the answer read as the type, with the whole response
   * @throws io.github.mistralspring.client.error.StructuredOutputException when the answer is cut
   *     off, missing or does not match the type; it carries the raw text
   * @throws IllegalArgumentException when the type has no JSON shape, or the request already sets
   *     another response format
   */
  default <T> ParsedChatCompletion<T> parse(ChatCompletionRequest request, Class<T> type) {
    return parse(request, StructuredOutput.of(type));
  }

  /**
   * Asks for an answer as JSON matching the strict schema of a generic type and reads it as that
   * type, as {@link #parse(ChatCompletionRequest, Class)} does: {@code parse(request, new
   * TypeRef<List<Item>>() {})}. A type whose JSON is not an object is asked for wrapped (see {@link
   * StructuredOutput}) and unwrapped when read.
   *
   * @param request the request, without a response format
   * @param type the type to read the answer as, written out in full
   * @param <T> the type the answer is read as
   * @return the answer read as the type, with the whole response
   * @throws io.github.mistralspring.client.error.StructuredOutputException when the answer is cut
   *     off, missing or does not match the type; it carries the raw text
   * @throws IllegalArgumentException when the type has no JSON shape, or the request already sets
   *     another response format
   */
  default <T> ParsedChatCompletion<T> parse(ChatCompletionRequest request, TypeRef<T> type) {
    return parse(request, StructuredOutput.of(type));
  }

  private <T> ParsedChatCompletion<T> parse(
      ChatCompletionRequest request, StructuredOutput<T> output) {
    return StructuredCompletions.parse(
        complete(StructuredCompletions.withFormat(request, output)), output);
  }

  /**
   * Streams an answer as JSON matching the strict schema of a Java type: the text as it arrives,
   * then the answer read as the type as the last event (whose parse fails as {@link
   * #parse(ChatCompletionRequest, Class)}'s does, when the stream reaches it). The stream must be
   * closed, as {@link #stream}'s.
   *
   * @param request the request, without a response format
   * @param type the class to read the answer as
   * @param <T> the type the answer is read as
   * @return the events, to close after use
   * @throws IllegalArgumentException when the type has no JSON shape, or the request already sets
   *     another response format
   */
  default <T> Stream<ParseStreamEvent<T>> parseStream(
      ChatCompletionRequest request, Class<T> type) {
    return parseStream(request, StructuredOutput.of(type));
  }

  /**
   * Streams an answer as JSON matching the strict schema of a generic type, as {@link
   * #parseStream(ChatCompletionRequest, Class)} does.
   *
   * @param request the request, without a response format
   * @param type the type to read the answer as, written out in full
   * @param <T> the type the answer is read as
   * @return the events, to close after use
   * @throws IllegalArgumentException when the type has no JSON shape, or the request already sets
   *     another response format
   */
  default <T> Stream<ParseStreamEvent<T>> parseStream(
      ChatCompletionRequest request, TypeRef<T> type) {
    return parseStream(request, StructuredOutput.of(type));
  }

  private <T> Stream<ParseStreamEvent<T>> parseStream(
      ChatCompletionRequest request, StructuredOutput<T> output) {
    return StructuredCompletions.parseStream(
        stream(StructuredCompletions.withFormat(request, output)), output);
  }

  /**
   * Runs a conversation with tools: asks the model, runs the tools its answer calls, sends the
   * results back, and repeats until an answer calls none; with {@link ToolRunOptions#defaults()}
   * but the cap on rounds.
   *
   * @param request the request the conversation starts with
   * @param tools the tools the model may call, added to the request's own
   * @param maxRounds the most rounds of tool results to send back
   * @return the final answer, the whole conversation and the number of rounds
   * @see #runTools(ChatCompletionRequest, List, ToolRunOptions)
   */
  default ToolRunResult runTools(
      ChatCompletionRequest request, List<? extends LocalTool<?>> tools, int maxRounds) {
    return runTools(
        request, tools, ToolRunOptions.defaults().toBuilder().maxRounds(maxRounds).build());
  }

  /**
   * Runs a conversation with tools: asks the model, runs the tools its answer calls, sends the
   * results back (the assistant message with its {@code tool_calls}, then one tool message per call
   * with its {@code tool_call_id} and name), and repeats until an answer calls none.
   *
   * <p>The tools are added to the request's own. The calls of one answer run at the same time, up
   * to {@link ToolRunOptions#maxConcurrency()}, on {@link ToolRunOptions#executor()}; their results
   * go back in the calls' order. A tool that throws, times out or gets arguments that do not match,
   * and a call to a tool not given, are reported to the model or raised as {@link
   * ToolRunOptions#onToolError()} says.
   *
   * @param request the request the conversation starts with
   * @param tools the tools the model may call, added to the request's own
   * @param options how tools run: rounds, concurrency, executor, time limit and what a failed call
   *     does
   * @return the final answer, the whole conversation and the number of rounds
   * @throws io.github.mistralspring.client.tools.ToolRoundLimitException when an answer still calls
   *     tools after {@link ToolRunOptions#maxRounds()} rounds of results
   * @throws io.github.mistralspring.client.tools.ToolExecutionException when a call fails and the
   *     options say to raise
   */
  default ToolRunResult runTools(
      ChatCompletionRequest request, List<? extends LocalTool<?>> tools, ToolRunOptions options) {
    return ChatToolLoop.of(request, tools, options).runBlocking(this::complete);
  }
}
