package io.github.mistralspring.client.chat;

import io.github.mistralspring.client.model.AssistantMessage;
import io.github.mistralspring.client.model.ContentChunk;
import io.github.mistralspring.client.model.FinishReason;
import io.github.mistralspring.client.model.FunctionCall;
import io.github.mistralspring.client.model.MessageContent;
import io.github.mistralspring.client.model.TextChunk;
import io.github.mistralspring.client.model.ThinkChunk;
import io.github.mistralspring.client.model.ToolCall;
import io.github.mistralspring.client.model.ToolType;
import io.github.mistralspring.client.model.UsageInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collector;
import org.jspecify.annotations.Nullable;

/**
 * Folds the {@link CompletionChunk}s of a streamed chat completion into the {@link
 * ChatCompletionResponse} the same request would have returned without streaming.
 *
 * <p>Per choice it joins the text, joins the thinking into one {@link ThinkChunk}, merges tool
 * calls whose arguments arrive in pieces (matched by {@code index}, else by {@code id}), and keeps
 * the last finish reason. The id, model and creation time come from the first chunk, the usage from
 * the last chunk that carries one. With thinking, the message content is the chunk list {@code
 * [thinking, text]} as the API returns it; otherwise it is a plain string. Chunks of other types
 * (references, for example) are kept after the text.
 *
 * <p>Not thread-safe: feed it from one thread, or from a stream's serialized signals.
 */
public final class ChatCompletionAccumulator {

  private static final String OBJECT = "chat.completion";

  private @Nullable String id;
  private @Nullable String model;
  private @Nullable Long created;
  private @Nullable UsageInfo usage;
  private final Map<Integer, ChoiceState> choices = new TreeMap<>();

  /** Creates an empty accumulator. */
  public ChatCompletionAccumulator() {}

  /**
   * Folds the given chunks into one response.
   *
   * @param chunks the chunks of one stream, in stream order
   * @return the response the chunks add up to
   */
  public static ChatCompletionResponse accumulate(Iterable<CompletionChunk> chunks) {
    ChatCompletionAccumulator accumulator = new ChatCompletionAccumulator();
    chunks.forEach(accumulator::accept);
    return accumulator.toResponse();
  }

  /**
   * Returns a sequential collector that folds a stream of chunks into one response.
   *
   * @return a collector for a sequential stream of chunks, in stream order; it refuses to run in
   *     parallel
   */
  public static Collector<CompletionChunk, ?, ChatCompletionResponse> collector() {
    return Collector.of(
        ChatCompletionAccumulator::new,
        ChatCompletionAccumulator::accept,
        (left, right) -> {
          throw new UnsupportedOperationException("Stream chunks must be folded in order");
        },
        ChatCompletionAccumulator::toResponse);
  }

  /**
   * Adds one chunk, in stream order.
   *
   * @param chunk the next chunk of the stream
   */
  public void accept(CompletionChunk chunk) {
    Objects.requireNonNull(chunk, "chunk");
    if (id == null) {
      id = chunk.id();
    }
    if (model == null) {
      model = chunk.model();
    }
    if (created == null) {
      created = chunk.created();
    }
    if (chunk.usage() != null) {
      usage = chunk.usage();
    }
    for (CompletionResponseStreamChoice choice : chunk.choices()) {
      int index = choice.index() == null ? 0 : choice.index();
      choices.computeIfAbsent(index, i -> new ChoiceState()).accept(choice);
    }
  }

  /**
   * Returns the response folded so far; may be called again after more chunks.
   *
   * @return the response the chunks accepted so far add up to
   */
  public ChatCompletionResponse toResponse() {
    List<ChatCompletionChoice> result = new ArrayList<>();
    choices.forEach((index, state) -> result.add(state.toChoice(index)));
    return new ChatCompletionResponse(id, OBJECT, model, created, List.copyOf(result), usage);
  }

  /** What has arrived so far for one choice. */
  private static final class ChoiceState {

    private final StringBuilder text = new StringBuilder();
    private final StringBuilder thinking = new StringBuilder();
    private final List<ContentChunk> otherChunks = new ArrayList<>();
    private final List<ToolCallState> toolCalls = new ArrayList<>();
    private boolean hasContent;
    private boolean hasThinking;
    private @Nullable FinishReason finishReason;

    void accept(CompletionResponseStreamChoice choice) {
      if (choice.finishReason() != null) {
        finishReason = choice.finishReason();
      }
      DeltaMessage delta = choice.delta();
      if (delta == null) {
        return;
      }
      if (delta.content() != null) {
        hasContent = true;
        acceptContent(delta.content());
      }
      delta.toolCalls().forEach(this::acceptToolCall);
    }

    private void acceptContent(MessageContent content) {
      if (content.isString()) {
        text.append(content.text());
        return;
      }
      for (ContentChunk chunk : content.chunks()) {
        if (chunk instanceof TextChunk textChunk) {
          text.append(Objects.toString(textChunk.text(), ""));
        } else if (chunk instanceof ThinkChunk think) {
          hasThinking = true;
          thinking.append(think.text());
        } else {
          otherChunks.add(chunk);
        }
      }
    }

    private void acceptToolCall(ToolCall delta) {
      ToolCallState target = find(delta);
      if (target == null) {
        target = new ToolCallState();
        toolCalls.add(target);
      }
      target.accept(delta);
    }

    /**
     * Finds the call a delta continues: same index (unless both carry different ids), else same id,
     * else — for a delta with neither — the last call.
     */
    private @Nullable ToolCallState find(ToolCall delta) {
      if (delta.index() != null) {
        for (ToolCallState call : toolCalls) {
          if (delta.index().equals(call.index)
              && (delta.id() == null || call.id == null || delta.id().equals(call.id))) {
            return call;
          }
        }
      }
      if (delta.id() != null) {
        for (ToolCallState call : toolCalls) {
          if (delta.id().equals(call.id)) {
            return call;
          }
        }
        return null;
      }
      if (delta.index() == null && !toolCalls.isEmpty()) {
        return toolCalls.get(toolCalls.size() - 1);
      }
      return null;
    }

    ChatCompletionChoice toChoice(int index) {
      List<ToolCall> calls =
          toolCalls.isEmpty() ? null : toolCalls.stream().map(ToolCallState::toToolCall).toList();
      AssistantMessage message = new AssistantMessage(content(), calls, null);
      return new ChatCompletionChoice(index, message, finishReason);
    }

    private @Nullable MessageContent content() {
      if (!hasThinking && otherChunks.isEmpty()) {
        return hasContent ? MessageContent.of(text.toString()) : null;
      }
      List<ContentChunk> chunks = new ArrayList<>();
      if (hasThinking) {
        chunks.add(ThinkChunk.of(thinking.toString()));
      }
      if (!text.isEmpty()) {
        chunks.add(TextChunk.of(text.toString()));
      }
      chunks.addAll(otherChunks);
      return MessageContent.of(chunks);
    }
  }

  /** What has arrived so far for one tool call. */
  private static final class ToolCallState {

    private @Nullable String id;
    private @Nullable ToolType type;
    private @Nullable Integer index;
    private @Nullable String name;
    private @Nullable Object objectArguments;
    private @Nullable StringBuilder arguments;

    void accept(ToolCall delta) {
      if (id == null) {
        id = delta.id();
      }
      if (type == null) {
        type = delta.type();
      }
      if (index == null) {
        index = delta.index();
      }
      FunctionCall function = delta.function();
      if (function == null) {
        return;
      }
      if (name == null || name.isEmpty()) {
        name = function.name();
      }
      Object piece = function.arguments();
      if (piece instanceof String text) {
        if (arguments == null) {
          arguments = new StringBuilder();
        }
        arguments.append(text);
      } else if (piece != null) {
        // An object cannot be concatenated: the API only sends one when it sends the whole.
        objectArguments = piece;
      }
    }

    ToolCall toToolCall() {
      Object args = arguments != null ? arguments.toString() : objectArguments;
      return new ToolCall(id, type, new FunctionCall(name, args), index);
    }
  }
}
