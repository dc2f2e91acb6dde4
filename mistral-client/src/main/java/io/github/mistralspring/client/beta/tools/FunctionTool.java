package io.github.mistralspring.client.beta.tools;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.github.mistralspring.client.model.FunctionDefinition;
import java.util.Map;

/**
 * A function the client implements; the model calls it with {@code function.call} entries and the
 * client answers with {@code function.result} entries ({@code type: function}).
 *
 * @param function the function's name, description and parameter schema
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NONE)
@JsonIgnoreProperties(value = "type", allowGetters = true)
public record FunctionTool(FunctionDefinition function) implements AgentTool {

  /** The wire value of this tool's type. */
  public static final String TYPE = "function";

  /**
   * Creates a function tool from a name, a description and a JSON schema of the parameters.
   *
   * @param name the function's name, as the model will call it
   * @param description what the function does, which the model reads to decide when to call it
   * @param parameters the JSON schema of the function's arguments, as nested maps
   * @return a function tool to offer to an agent or a conversation
   */
  public static FunctionTool of(String name, String description, Map<String, Object> parameters) {
    return new FunctionTool(new FunctionDefinition(name, description, null, parameters));
  }

  @Override
  @JsonProperty(value = "type", index = 0)
  public String type() {
    return TYPE;
  }
}
