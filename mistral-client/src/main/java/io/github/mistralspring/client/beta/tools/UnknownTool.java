package io.github.mistralspring.client.beta.tools;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.github.mistralspring.client.internal.values.ReadOnly;
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
    properties = ReadOnly.map(properties);
  }
}
