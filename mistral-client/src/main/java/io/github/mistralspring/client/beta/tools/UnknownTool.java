package io.github.mistralspring.client.beta.tools;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A tool whose type this client does not know yet; it keeps the type and every other property so
 * that it is written back exactly as it was read.
 *
 * @param type the type as received; absent when the tool had none
 * @param properties every other property, by JSON name
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NONE)
public record UnknownTool(
    @Nullable String type,
    @JsonAnySetter @JsonAnyGetter @Nullable Map<String, @Nullable Object> properties)
    implements AgentTool {

  /**
   * Copies the properties so the tool is not changed by later edits to the map.
   *
   * @param type the type as received; absent when the tool had none
   * @param properties every other property, by JSON name; absent reads as none
   */
  public UnknownTool {
    properties =
        properties == null
            ? Map.of()
            : Collections.unmodifiableMap(new LinkedHashMap<>(properties));
  }
}
