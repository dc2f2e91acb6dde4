package io.github.mistralspring.client.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A tool the model may call, offered in a request's {@code tools}.
 *
 * @param type the kind of tool; {@code function} when unset on the wire
 * @param function the function's name, description and parameter schema
 * @param extra properties this client does not model (for tool types it does not know yet), kept
 *     and written back unchanged
 */
public record Tool(
    ToolType type,
    FunctionDefinition function,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

  /** Keeps the extra properties read-only; an absent map becomes empty. */
  public Tool {
    extra =
        extra == null || extra.isEmpty()
            ? Map.of()
            : Collections.unmodifiableMap(new LinkedHashMap<>(extra));
  }

  /** Creates a function tool. */
  public static Tool function(FunctionDefinition function) {
    return new Tool(ToolType.FUNCTION, function, null);
  }

  /** Creates a function tool from a name, a description and a JSON schema of the parameters. */
  public static Tool function(String name, String description, Map<String, Object> parameters) {
    return function(new FunctionDefinition(name, description, null, parameters));
  }
}
