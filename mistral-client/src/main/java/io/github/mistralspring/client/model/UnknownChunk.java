package io.github.mistralspring.client.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.github.mistralspring.client.internal.values.ReadOnly;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A content chunk whose type this client does not know yet; it keeps the type and every other
 * property so that it is written back exactly as it was read.
 *
 * @param type the type as received; absent when the chunk had none
 * @param properties every other property, by JSON name
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NONE)
public record UnknownChunk(
    @Nullable String type, @JsonAnySetter @JsonAnyGetter Map<String, Object> properties)
    implements ContentChunk {

  /**
   * Copies the properties so the chunk is not changed by later edits to the map.
   *
   * @param type the type as received; null when the chunk had none
   * @param properties every other property; null reads as none
   */
  public UnknownChunk {
    properties = ReadOnly.map(properties);
  }
}
