package io.github.mistralspring.springai.chat;

import io.github.mistralspring.client.chat.ChatCompletionRequest;
import io.github.mistralspring.client.model.AudioChunk;
import io.github.mistralspring.client.model.ChatMessage;
import io.github.mistralspring.client.model.ContentChunk;
import io.github.mistralspring.client.model.DocumentUrlChunk;
import io.github.mistralspring.client.model.ImageUrlChunk;
import io.github.mistralspring.client.model.JsonSchema;
import io.github.mistralspring.client.model.MessageContent;
import io.github.mistralspring.client.model.PromptMode;
import io.github.mistralspring.client.model.ReasoningEffort;
import io.github.mistralspring.client.model.ResponseFormat;
import io.github.mistralspring.client.model.ResponseFormatType;
import io.github.mistralspring.client.model.SystemMessage;
import io.github.mistralspring.client.model.TextChunk;
import io.github.mistralspring.client.model.Tool;
import io.github.mistralspring.client.model.ToolCall;
import io.github.mistralspring.client.model.ToolChoice;
import io.github.mistralspring.client.model.ToolChoiceMode;
import io.github.mistralspring.client.model.ToolMessage;
import io.github.mistralspring.client.model.UserMessage;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.ai.chat.messages.AssistantMessage;
import org.springframework.ai.chat.messages.Message;
import org.springframework.ai.chat.messages.ToolResponseMessage;
import org.springframework.ai.content.Media;
import org.springframework.ai.tool.ToolCallback;
import org.springframework.ai.tool.definition.ToolDefinition;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Turns a Spring AI prompt (its messages and the merged options) into a Mistral chat request. */
final class ChatRequests {

  /** The name the API asks for with a {@code json_schema} response format. */
  static final String OUTPUT_SCHEMA_NAME = "response";

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() {};
  private static final Set<String> TOOL_CHOICE_MODES = Set.of("auto", "none", "any", "required");

  private ChatRequests() {}

  // Passes the deprecated prompt_mode on for the applications that still set it.
  @SuppressWarnings("deprecation")
  static ChatCompletionRequest toRequest(List<Message> messages, MistralChatOptions options) {
    if (options.getTopK() != null) {
      throw new IllegalArgumentException(
          "Mistral chat completions have no top-k setting, but the options set topK="
              + options.getTopK()
              + ": leave topK unset (use topP to narrow sampling)");
    }
    ChatCompletionRequest.Builder request =
        ChatCompletionRequest.builder()
            .model(options.getModel())
            .messages(messages(messages))
            .temperature(options.getTemperature())
            .topP(options.getTopP())
            .maxTokens(options.getMaxTokens())
            .presencePenalty(options.getPresencePenalty())
            .frequencyPenalty(options.getFrequencyPenalty())
            .randomSeed(options.getRandomSeed())
            .safePrompt(options.getSafePrompt())
            .n(options.getN())
            .parallelToolCalls(options.getParallelToolCalls())
            .promptCacheKey(options.getPromptCacheKey());
    if (options.getStopSequences() != null && !options.getStopSequences().isEmpty()) {
      request.stop(options.getStopSequences());
    }
    if (options.getReasoningEffort() != null) {
      request.reasoningEffort(ReasoningEffort.of(options.getReasoningEffort()));
    }
    if (options.getPromptMode() != null) {
      request.promptMode(PromptMode.of(options.getPromptMode()));
    }
    List<Tool> tools = tools(options.getToolCallbacks());
    if (!tools.isEmpty()) {
      request.tools(tools);
    }
    if (options.getToolChoice() != null) {
      request.toolChoice(toolChoice(options.getToolChoice()));
    }
    if (options.getOutputSchema() != null) {
      request.responseFormat(
          new ResponseFormat(
              ResponseFormatType.JSON_SCHEMA,
              new JsonSchema(
                  OUTPUT_SCHEMA_NAME,
                  null,
                  parse(options.getOutputSchema(), "the output schema"),
                  true)));
    }
    return request.build();
  }

  private static List<ChatMessage> messages(List<Message> messages) {
    List<ChatMessage> result = new ArrayList<>(messages.size());
    for (Message message : messages) {
      switch (message.getMessageType()) {
        case SYSTEM -> result.add(SystemMessage.of(textOf(message)));
        case USER -> result.add(user(message));
        case ASSISTANT -> result.add(assistant(message));
        case TOOL -> result.addAll(toolResults(message));
        default ->
            throw new IllegalArgumentException(
                "Mistral chat completions cannot send a message of type "
                    + message.getMessageType());
      }
    }
    return result;
  }

  private static UserMessage user(Message message) {
    List<Media> media =
        message instanceof org.springframework.ai.chat.messages.UserMessage user
            ? user.getMedia()
            : List.of();
    if (media.isEmpty()) {
      return UserMessage.of(textOf(message));
    }
    List<ContentChunk> chunks = new ArrayList<>(media.size() + 1);
    String text = message.getText();
    if (text != null && !text.isEmpty()) {
      chunks.add(TextChunk.of(text));
    }
    for (Media item : media) {
      chunks.add(chunk(item));
    }
    return new UserMessage(MessageContent.of(chunks));
  }

  // Images go as image_url, audio as input_audio, any other file (PDF, Word...) as document_url.
  private static ContentChunk chunk(Media media) {
    String type = media.getMimeType().getType();
    if ("image".equals(type)) {
      return ImageUrlChunk.of(url(media));
    }
    if ("audio".equals(type)) {
      Object data = media.getData();
      return AudioChunk.of(
          data instanceof byte[] bytes
              ? Base64.getEncoder().encodeToString(bytes)
              : String.valueOf(data));
    }
    return DocumentUrlChunk.of(url(media));
  }

  /** A URL as given, or the data as a {@code data:} URL. */
  private static String url(Media media) {
    Object data = media.getData();
    String mimeType = media.getMimeType().getType() + "/" + media.getMimeType().getSubtype();
    if (data instanceof byte[] bytes) {
      return "data:" + mimeType + ";base64," + Base64.getEncoder().encodeToString(bytes);
    }
    String text = String.valueOf(data);
    if (text.startsWith("data:") || text.contains("://")) {
      return text;
    }
    // Neither a URL nor a data URL: Spring AI's convention for text media data is base64.
    return "data:" + mimeType + ";base64," + text;
  }

  private static io.github.mistralspring.client.model.AssistantMessage assistant(Message message) {
    List<ToolCall> toolCalls = null;
    if (message instanceof AssistantMessage assistant && assistant.hasToolCalls()) {
      toolCalls = new ArrayList<>();
      for (AssistantMessage.ToolCall call : assistant.getToolCalls()) {
        toolCalls.add(
            ToolCall.of(
                ToolCallIds.forMistral(call.id(), call.name()), call.name(), call.arguments()));
      }
    }
    String text = message.getText();
    MessageContent content =
        text == null || (text.isEmpty() && toolCalls != null) ? null : MessageContent.of(text);
    return new io.github.mistralspring.client.model.AssistantMessage(content, toolCalls, null);
  }

  private static List<ToolMessage> toolResults(Message message) {
    if (!(message instanceof ToolResponseMessage results)) {
      throw new IllegalArgumentException(
          "A tool message must be a ToolResponseMessage, was " + message.getClass().getName());
    }
    List<ToolMessage> messages = new ArrayList<>();
    for (ToolResponseMessage.ToolResponse result : results.getResponses()) {
      messages.add(
          ToolMessage.of(
              ToolCallIds.forMistral(result.id(), result.name()),
              result.name(),
              result.responseData()));
    }
    return messages;
  }

  private static List<Tool> tools(List<ToolCallback> callbacks) {
    if (callbacks == null || callbacks.isEmpty()) {
      return List.of();
    }
    List<Tool> tools = new ArrayList<>(callbacks.size());
    Set<String> names = new LinkedHashSet<>();
    for (ToolCallback callback : callbacks) {
      ToolDefinition definition = callback.getToolDefinition();
      if (!names.add(definition.name())) {
        throw new IllegalArgumentException(
            "Two tools are named "
                + definition.name()
                + ": the model could not tell them apart; give each tool a name of its own");
      }
      tools.add(
          Tool.function(
              definition.name(),
              definition.description(),
              parse(definition.inputSchema(), "the input schema of tool " + definition.name())));
    }
    return tools;
  }

  private static ToolChoice toolChoice(String choice) {
    return TOOL_CHOICE_MODES.contains(choice)
        ? ToolChoiceMode.of(choice)
        : ToolChoice.function(choice);
  }

  private static Map<String, Object> parse(String json, String what) {
    try {
      return JSON.readValue(json, JSON_OBJECT);
    } catch (JacksonException invalid) {
      throw new IllegalArgumentException(
          what + " must be a JSON object (a JSON schema): " + invalid.getOriginalMessage(),
          invalid);
    }
  }

  private static String textOf(Message message) {
    String text = message.getText();
    return text == null ? "" : text;
  }
}
