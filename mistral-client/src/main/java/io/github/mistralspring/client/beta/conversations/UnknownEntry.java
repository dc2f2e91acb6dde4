package io.github.mistralspring.client.beta.conversations;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.github.mistralspring.client.internal.values.ReadOnly;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A conversation entry whose type this client does not know yet; it keeps the type and every other
 * property so that it is written back exactly as it was read.
 *
 * @param type the type as received; absent when the entry had none
 * @param properties every other property, by JSON name
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NONE)
public record UnknownEntry(
    @Nullable String type, @JsonAnySetter @JsonAnyGetter Map<String, Object> properties)
    implements ConversationEntry {

  /**
   * Copies the properties so the entry is not changed by later edits to the map.
   *
   * @param type the type as received; absent when the entry had none
   * @param properties every other property, by JSON name
   */
  public UnknownEntry {
    properties = ReadOnly.map(properties);
  }

  @Override
  public String id() {
    Object id = properties.get("id");
    return id instanceof String text ? text : null;
  }
}
