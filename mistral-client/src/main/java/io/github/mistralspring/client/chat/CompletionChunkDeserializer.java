package io.github.mistralspring.client.chat;

import io.github.mistralspring.client.model.FinishReason;
import io.github.mistralspring.client.model.MessageContent;
import io.github.mistralspring.client.model.TextContent;
import io.github.mistralspring.client.model.ToolCall;
import io.github.mistralspring.client.model.UsageInfo;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;

/**
 * Reads {@link CompletionChunk}, {@link CompletionResponseStreamChoice} and {@link DeltaMessage},
 * the objects of every streamed completion, straight from the parser.
 *
 * <p>A stream is read one small chunk at a time, hundreds per answer, so these three types skip the
 * general record path (a buffer of creator arguments per object, and type checks per property). The
 * result is the same: unknown properties are skipped, nulls stay null, and a value of an unexpected
 * shape falls back to the mapper's usual coercions and errors for the field's type.
 */
final class CompletionChunkDeserializer {

  private CompletionChunkDeserializer() {}

  /** Reads a {@link CompletionChunk}. */
  static final class Chunk extends ValueDeserializer<CompletionChunk> {

    @Override
    public CompletionChunk deserialize(JsonParser parser, DeserializationContext context) {
      String name = firstName(parser, context, CompletionChunk.class);
      String id = null;
      String object = null;
      Long created = null;
      String model = null;
      UsageInfo usage = null;
      List<CompletionResponseStreamChoice> choices = null;
      for (; name != null; name = parser.nextName()) {
        JsonToken token = parser.nextToken();
        switch (name) {
          case "id" -> id = string(parser, context, token);
          case "object" -> object = string(parser, context, token);
          case "created" ->
              created =
                  token == JsonToken.VALUE_NUMBER_INT
                      ? Long.valueOf(parser.getLongValue())
                      : token == JsonToken.VALUE_NULL
                          ? null
                          : context.readValue(parser, Long.class);
          case "model" -> model = string(parser, context, token);
          case "usage" ->
              usage =
                  token == JsonToken.VALUE_NULL ? null : context.readValue(parser, UsageInfo.class);
          case "choices" -> choices = choices(parser, context, token);
          default -> parser.skipChildren();
        }
      }
      return new CompletionChunk(id, object, created, model, usage, choices);
    }

    private static List<CompletionResponseStreamChoice> choices(
        JsonParser parser, DeserializationContext context, JsonToken token) {
      if (token == JsonToken.VALUE_NULL) {
        return null;
      }
      if (token != JsonToken.START_ARRAY) {
        return context.readValue(
            parser,
            context
                .getTypeFactory()
                .constructCollectionType(List.class, CompletionResponseStreamChoice.class));
      }
      List<CompletionResponseStreamChoice> choices = new ArrayList<>(1);
      for (JsonToken element = parser.nextToken();
          element != JsonToken.END_ARRAY;
          element = parser.nextToken()) {
        choices.add(
            element == JsonToken.VALUE_NULL ? null : Choice.INSTANCE.deserialize(parser, context));
      }
      return choices;
    }
  }

  /** Reads a {@link CompletionResponseStreamChoice}. */
  static final class Choice extends ValueDeserializer<CompletionResponseStreamChoice> {

    static final Choice INSTANCE = new Choice();

    @Override
    public CompletionResponseStreamChoice deserialize(
        JsonParser parser, DeserializationContext context) {
      String name = firstName(parser, context, CompletionResponseStreamChoice.class);
      Integer index = null;
      DeltaMessage delta = null;
      FinishReason finishReason = null;
      for (; name != null; name = parser.nextName()) {
        JsonToken token = parser.nextToken();
        switch (name) {
          case "index" ->
              index =
                  token == JsonToken.VALUE_NUMBER_INT
                      ? Integer.valueOf(parser.getIntValue())
                      : token == JsonToken.VALUE_NULL
                          ? null
                          : context.readValue(parser, Integer.class);
          case "delta" ->
              delta =
                  token == JsonToken.VALUE_NULL
                      ? null
                      : Delta.INSTANCE.deserialize(parser, context);
          case "finish_reason" ->
              finishReason =
                  token == JsonToken.VALUE_STRING
                      ? FinishReason.of(parser.getString())
                      : token == JsonToken.VALUE_NULL
                          ? null
                          : context.readValue(parser, FinishReason.class);
          default -> parser.skipChildren();
        }
      }
      return new CompletionResponseStreamChoice(index, delta, finishReason);
    }
  }

  /** Reads a {@link DeltaMessage}. */
  static final class Delta extends ValueDeserializer<DeltaMessage> {

    static final Delta INSTANCE = new Delta();

    private volatile JavaType toolCallList;

    @Override
    public DeltaMessage deserialize(JsonParser parser, DeserializationContext context) {
      String name = firstName(parser, context, DeltaMessage.class);
      String role = null;
      MessageContent content = null;
      List<ToolCall> toolCalls = null;
      for (; name != null; name = parser.nextName()) {
        JsonToken token = parser.nextToken();
        switch (name) {
          case "role" -> role = string(parser, context, token);
          case "content" ->
              content =
                  token == JsonToken.VALUE_STRING
                      ? new TextContent(parser.getString())
                      : token == JsonToken.VALUE_NULL
                          ? null
                          : context.readValue(parser, MessageContent.class);
          case "tool_calls" ->
              toolCalls =
                  token == JsonToken.VALUE_NULL
                      ? null
                      : context.readValue(parser, toolCalls(context));
          default -> parser.skipChildren();
        }
      }
      return new DeltaMessage(role, content, toolCalls);
    }

    private JavaType toolCalls(DeserializationContext context) {
      JavaType type = toolCallList;
      if (type == null) {
        type = context.getTypeFactory().constructCollectionType(List.class, ToolCall.class);
        toolCallList = type;
      }
      return type;
    }
  }

  /**
   * The first property name of the object the parser is at, or null for an empty object; fails as
   * the mapper would when the value is not an object.
   */
  private static String firstName(
      JsonParser parser, DeserializationContext context, Class<?> type) {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.START_OBJECT) {
      return parser.nextName();
    }
    if (token == JsonToken.PROPERTY_NAME) {
      return parser.currentName();
    }
    if (token == JsonToken.END_OBJECT) {
      return null;
    }
    context.handleUnexpectedToken(type, parser);
    return null;
  }

  private static String string(JsonParser parser, DeserializationContext context, JsonToken token) {
    if (token == JsonToken.VALUE_STRING) {
      return parser.getString();
    }
    if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    return context.readValue(parser, String.class);
  }
}
