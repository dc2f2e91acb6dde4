package io.github.mistralspring.client.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.github.mistralspring.client.internal.values.ReadOnly;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A message whose role this client does not know yet; it keeps the role and every other property so
 * that it is written back exactly as it was read.
 *
 * @param role the role as received; absent when the message had none
 * @param properties every other property, by JSON name
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NONE)
public record UnknownMessage(
    @Nullable String role, @JsonAnySetter @JsonAnyGetter Map<String, Object> properties)
    implements ChatMessage {

  /**
   * Copies the properties so the message is not changed by later edits to the map.
   *
   * @param role the role as received; null when the message had none
   * @param properties every other property; null reads as none
   */
  public UnknownMessage {
    properties = ReadOnly.map(properties);
  }
}
