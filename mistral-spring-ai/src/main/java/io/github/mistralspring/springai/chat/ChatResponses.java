package io.github.mistralspring.springai.chat;

import io.github.mistralspring.client.chat.ChatCompletionAccumulator;
import io.github.mistralspring.client.chat.ChatCompletionChoice;
import io.github.mistralspring.client.chat.ChatCompletionResponse;
import io.github.mistralspring.client.chat.CompletionChunk;
import io.github.mistralspring.client.chat.CompletionResponseStreamChoice;
import io.github.mistralspring.client.model.FinishReason;
import io.github.mistralspring.client.model.MessageContent;
import io.github.mistralspring.client.model.ToolCall;
import io.github.mistralspring.client.model.UsageInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.ai.chat.messages.AssistantMessage;
import org.springframework.ai.chat.metadata.ChatGenerationMetadata;
import org.springframework.ai.chat.metadata.ChatResponseMetadata;
import org.springframework.ai.chat.metadata.DefaultUsage;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.model.Generation;

/** Turns Mistral chat responses, whole or streamed, into Spring AI {@link ChatResponse}s. */
final class ChatResponses {

  private static final String FUNCTION = "function";

  private ChatResponses() {}

  /** A whole response: one generation per choice. */
  static ChatResponse toChatResponse(ChatCompletionResponse response) {
    List<Generation> generations = new ArrayList<>();
    if (response.choices() != null) {
      for (ChatCompletionChoice choice : response.choices()) {
        io.github.mistralspring.client.model.AssistantMessage message = choice.message();
        MessageContent content = message == null ? null : message.content();
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put(MistralChatMetadata.CHOICE_INDEX, index(choice.index()));
        String thinking = content == null ? "" : content.thinking();
        if (!thinking.isEmpty()) {
          properties.put(MistralChatMetadata.THINKING, thinking);
        }
        generations.add(
            generation(
                content == null ? "" : content.text(),
                properties,
                message == null ? null : message.toolCalls(),
                choice.finishReason()));
      }
    }
    return new ChatResponse(
        generations,
        metadata(response.id(), response.model(), response.created(), response.usage()));
  }

  /**
   * Folds a stream's chunks into responses, one per chunk. A chunk's text is the text it adds; tool
   * calls are given once, whole, on the chunk that ends their choice (Mistral may send a call's
   * arguments in pieces, and Spring AI's stream aggregation adds up calls rather than merging
   * them). One instance per stream.
   */
  static final class Stream {

    private final ChatCompletionAccumulator accumulator = new ChatCompletionAccumulator();

    ChatResponse next(CompletionChunk chunk) {
      accumulator.accept(chunk);
      List<Generation> generations = new ArrayList<>();
      ChatCompletionResponse soFar = null;
      if (chunk.choices() != null) {
        for (CompletionResponseStreamChoice choice : chunk.choices()) {
          int index = index(choice.index());
          MessageContent delta = choice.delta() == null ? null : choice.delta().content();
          Map<String, Object> properties = new LinkedHashMap<>();
          properties.put(MistralChatMetadata.CHOICE_INDEX, index);
          String thinking = delta == null ? "" : delta.thinking();
          if (!thinking.isEmpty()) {
            properties.put(MistralChatMetadata.THINKING_DELTA, thinking);
          }
          List<ToolCall> toolCalls = null;
          if (choice.finishReason() != null) {
            if (soFar == null) {
              soFar = accumulator.toResponse();
            }
            io.github.mistralspring.client.model.AssistantMessage whole = message(soFar, index);
            if (whole != null) {
              toolCalls = whole.toolCalls();
              String allThinking = whole.content() == null ? "" : whole.content().thinking();
              if (!allThinking.isEmpty()) {
                properties.put(MistralChatMetadata.THINKING, allThinking);
              }
            }
          }
          generations.add(
              generation(
                  delta == null ? "" : delta.text(), properties, toolCalls, choice.finishReason()));
        }
      }
      return new ChatResponse(
          generations, metadata(chunk.id(), chunk.model(), chunk.created(), chunk.usage()));
    }

    private static io.github.mistralspring.client.model.AssistantMessage message(
        ChatCompletionResponse response, int index) {
      for (ChatCompletionChoice choice : response.choices()) {
        if (index(choice.index()) == index) {
          return choice.message();
        }
      }
      return null;
    }
  }

  private static Generation generation(
      String text, Map<String, Object> properties, List<ToolCall> toolCalls, FinishReason finish) {
    AssistantMessage.Builder<?> message =
        AssistantMessage.builder().content(text == null ? "" : text).properties(properties);
    if (toolCalls != null && !toolCalls.isEmpty()) {
      List<AssistantMessage.ToolCall> calls = new ArrayList<>(toolCalls.size());
      for (ToolCall call : toolCalls) {
        calls.add(
            new AssistantMessage.ToolCall(
                call.id(),
                FUNCTION,
                call.function() == null ? "" : call.function().name(),
                call.function() == null ? "{}" : argumentsOf(call)));
      }
      message.toolCalls(calls);
    }
    ChatGenerationMetadata.Builder metadata = ChatGenerationMetadata.builder();
    if (finish != null) {
      metadata.finishReason(finishReason(finish));
    }
    return new Generation(message.build(), metadata.build());
  }

  private static String argumentsOf(ToolCall call) {
    String arguments = call.function().argumentsAsString();
    return arguments == null || arguments.isEmpty() ? "{}" : arguments;
  }

  /**
   * The API's finish reason in upper case ({@code STOP}, {@code LENGTH}, {@code MODEL_LENGTH},
   * {@code TOOL_CALLS}, {@code ERROR}), as Spring AI's other chat models report theirs.
   */
  static String finishReason(FinishReason reason) {
    return reason.value().toUpperCase(Locale.ROOT);
  }

  private static ChatResponseMetadata metadata(
      String id, String model, Long created, UsageInfo usage) {
    ChatResponseMetadata.Builder metadata = ChatResponseMetadata.builder();
    if (id != null) {
      metadata.id(id);
    }
    if (model != null) {
      metadata.model(model);
    }
    if (created != null) {
      metadata.keyValue(MistralChatMetadata.CREATED, created);
    }
    if (usage != null) {
      metadata.usage(usage(usage));
    }
    return metadata.build();
  }

  /** Usage with the cached prompt tokens, and the API's own usage as the native usage. */
  static DefaultUsage usage(UsageInfo usage) {
    Integer cached = usage.cachedTokens();
    return new DefaultUsage(
        usage.promptTokens(),
        usage.completionTokens(),
        usage.totalTokens(),
        usage,
        cached == null ? null : cached.longValue(),
        null);
  }

  private static int index(Integer index) {
    return index == null ? 0 : index;
  }
}
