package io.github.mistralspring.client.embeddings;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Base64;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * Reads an embedding straight into a {@code float[]}: a JSON array of numbers (floats, or the
 * integers of the 8-bit and binary types), or a base64 string of little-endian 32-bit floats.
 */
final class EmbeddingVectorDeserializer extends ValueDeserializer<float[]> {

  // mistral-embed has 1,024 dimensions: one allocation fits the common case exactly.
  private static final int INITIAL_CAPACITY = 1024;

  EmbeddingVectorDeserializer() {}

  @Override
  public float[] deserialize(JsonParser parser, DeserializationContext context) {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.START_ARRAY) {
      return readArray(parser, context);
    }
    if (token == JsonToken.VALUE_STRING) {
      return readBase64(parser, context);
    }
    return (float[]) context.handleUnexpectedToken(float[].class, parser);
  }

  private static float[] readArray(JsonParser parser, DeserializationContext context) {
    float[] values = new float[INITIAL_CAPACITY];
    int size = 0;
    for (JsonToken token = parser.nextToken();
        token != JsonToken.END_ARRAY;
        token = parser.nextToken()) {
      if (token != JsonToken.VALUE_NUMBER_FLOAT && token != JsonToken.VALUE_NUMBER_INT) {
        return (float[]) context.handleUnexpectedToken(float[].class, parser);
      }
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      // Parsed as a float directly, not through a double, so a value written from a float is
      // read back exactly.
      values[size++] = parser.getFloatValue();
    }
    return size == values.length ? values : Arrays.copyOf(values, size);
  }

  private static float[] readBase64(JsonParser parser, DeserializationContext context) {
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(parser.getString());
    } catch (IllegalArgumentException notBase64) {
      return (float[])
          context.handleWeirdStringValue(
              float[].class, parser.getString(), "not a base64 embedding");
    }
    if (bytes.length % Float.BYTES != 0) {
      return (float[])
          context.handleWeirdStringValue(
              float[].class,
              parser.getString(),
              "a base64 embedding of %d bytes is not a whole number of 32-bit floats",
              bytes.length);
    }
    float[] values = new float[bytes.length / Float.BYTES];
    ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(values);
    return values;
  }
}
