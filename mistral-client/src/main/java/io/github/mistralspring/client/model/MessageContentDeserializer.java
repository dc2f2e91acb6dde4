package io.github.mistralspring.client.model;

import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;

/** Reads {@link MessageContent} from either a JSON string or a JSON array of chunks. */
final class MessageContentDeserializer extends ValueDeserializer<MessageContent> {

  @Override
  public MessageContent deserialize(JsonParser parser, DeserializationContext context) {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_STRING) {
      return new TextContent(parser.getString());
    }
    if (token == JsonToken.START_ARRAY) {
      JavaType listType =
          context.getTypeFactory().constructCollectionType(List.class, ContentChunk.class);
      List<ContentChunk> chunks = context.readValue(parser, listType);
      return new ChunkListContent(chunks);
    }
    return (MessageContent) context.handleUnexpectedToken(MessageContent.class, parser);
  }
}
