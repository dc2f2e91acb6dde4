package io.github.mistralspring.client.beta.conversations;

import io.github.mistralspring.client.model.ContentChunk;
import io.github.mistralspring.client.model.MessageContent;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;

/**
 * Reads the content of a {@code message.output.delta} event: a string, a single chunk object (read
 * as a one-chunk list), or a list of chunks.
 */
final class DeltaContentDeserializer extends ValueDeserializer<MessageContent> {

  @Override
  public MessageContent deserialize(JsonParser parser, DeserializationContext context) {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_STRING) {
      return MessageContent.of(parser.getString());
    }
    if (token == JsonToken.START_OBJECT) {
      return MessageContent.of(List.of(context.readValue(parser, ContentChunk.class)));
    }
    if (token == JsonToken.START_ARRAY) {
      JavaType listType =
          context.getTypeFactory().constructCollectionType(List.class, ContentChunk.class);
      List<ContentChunk> chunks = context.readValue(parser, listType);
      return MessageContent.of(chunks);
    }
    return (MessageContent) context.handleUnexpectedToken(MessageContent.class, parser);
  }
}
