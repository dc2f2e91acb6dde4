package io.github.mistralspring.client.catalog;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.github.mistralspring.client.internal.values.ReadOnly;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A model card whose type this client does not know yet; it keeps the id, the capabilities and
 * every other property.
 *
 * @param id the model's id
 * @param type the type as received; absent when the card had none
 * @param capabilities what the model can do
 * @param properties every other property, by JSON name
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NONE)
public record UnknownModelCard(
    String id,
    @Nullable String type,
    ModelCapabilities capabilities,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> properties)
    implements ModelCard {

  /**
   * Absent capabilities read as none; the properties are copied.
   *
   * @param id the model's id
   * @param type the type as received; absent when the card had none
   * @param capabilities what the model can do
   * @param properties every other property, by JSON name
   */
  public UnknownModelCard {
    capabilities = ModelCards.orNone(capabilities);
    properties = ReadOnly.map(properties);
  }
}
