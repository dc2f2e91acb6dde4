package io.github.mistralspring.client.internal;

import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.annotation.JsonSerialize;
import tools.jackson.databind.util.NameTransformer;

/**
 * A JSON body with top-level properties that the operation adds, such as {@code "stream": true}:
 * they are written first, then the body's own properties, so that the caller's request is sent as
 * it is and never copied to change one field.
 *
 * @param properties the properties the operation adds, in order
 * @param body the caller's body, which must be written as a JSON object
 */
@JsonSerialize(using = BodyProperties.Writer.class)
record BodyProperties(Map<String, Object> properties, Object body) {

  /** Writes the added properties, then the body's properties, as one object. */
  static final class Writer extends ValueSerializer<BodyProperties> {

    @Override
    public void serialize(
        BodyProperties value, JsonGenerator generator, SerializationContext ctxt) {
      generator.writeStartObject();
      for (Map.Entry<String, Object> property : value.properties().entrySet()) {
        generator.writePOJOProperty(property.getKey(), property.getValue());
      }
      // The unwrapping form writes the body's properties (its extra body too) without braces.
      ctxt.findValueSerializer(value.body().getClass())
          .unwrappingSerializer(NameTransformer.NOP)
          .serialize(value.body(), generator, ctxt);
      generator.writeEndObject();
    }
  }
}
