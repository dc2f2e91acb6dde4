package io.github.mistralspring.client.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.github.mistralspring.client.internal.values.ReadOnly;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A tool the model may call, offered in a request's {@code tools}.
 *
 * @param type the kind of tool; {@code function} when unset on the wire
 * @param function the function's name, description and parameter schema; absent for a tool type
 *     this client does not know
 * @param extra properties this client does not model (for tool types it does not know yet), kept
 *     and written back unchanged
 */
public record Tool(
    @Nullable ToolType type,
    @Nullable FunctionDefinition function,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /**
   * Keeps the extra properties read-only; an absent map becomes empty.
   *
   * @param type the kind of tool; null when the JSON read had none
   * @param function the function's definition; null for a tool type this client does not know
   * @param extra properties this client does not model; null reads as none
   */
  public Tool {
    extra = ReadOnly.map(extra);
  }

  /**
   * Creates a function tool.
   *
   * @param function the function's name, description and parameter schema
   * @return a {@code function} tool
   */
  public static Tool function(FunctionDefinition function) {
    return new Tool(ToolType.FUNCTION, function, null);
  }

  /**
   * Creates a function tool from a name, a description and a JSON schema of the parameters.
   *
   * @param name the function's name, as the model will call it
   * @param description what the function does; null for none
   * @param parameters the JSON schema of the arguments; null for a function without parameters
   * @return a {@code function} tool
   */
  public static Tool function(
      String name, @Nullable String description, @Nullable Map<String, Object> parameters) {
    return function(new FunctionDefinition(name, description, null, parameters));
  }
}
