package io.github.mistralspring.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The format the model must answer in: free text, any JSON object, or JSON matching a schema.
 *
 * @param type the format
 * @param jsonSchema the schema when the type is {@code json_schema}; absent otherwise
 */
public record ResponseFormat(
    ResponseFormatType type, @JsonProperty("json_schema") @Nullable JsonSchema jsonSchema) {

  /**
   * Asks for free text.
   *
   * @return the plain-text format (the API's default)
   */
  public static ResponseFormat text() {
    return new ResponseFormat(ResponseFormatType.TEXT, null);
  }

  /**
   * Asks for any valid JSON object.
   *
   * @return the format that asks for any JSON object
   */
  public static ResponseFormat jsonObject() {
    return new ResponseFormat(ResponseFormatType.JSON_OBJECT, null);
  }

  /**
   * Asks for JSON matching the given schema.
   *
   * @param name the schema's name
   * @param schema the JSON schema the answer must follow
   * @return the format that asks for JSON following that schema
   */
  public static ResponseFormat jsonSchema(String name, Map<String, Object> schema) {
    return new ResponseFormat(
        ResponseFormatType.JSON_SCHEMA, new JsonSchema(name, null, schema, null));
  }
}
