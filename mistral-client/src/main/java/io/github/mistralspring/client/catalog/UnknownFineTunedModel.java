package io.github.mistralspring.client.catalog;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.github.mistralspring.client.internal.values.ReadOnly;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A fine-tuned model whose type this client does not know yet; it keeps the id and every other
 * property.
 *
 * @param id the model's id
 * @param modelType the model type as received; absent when there was none
 * @param properties every other property, by JSON name
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NONE)
public record UnknownFineTunedModel(
    String id,
    @JsonProperty("model_type") @Nullable String modelType,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> properties)
    implements FineTunedModel {

  /**
   * Copies the properties.
   *
   * @param id the model's id
   * @param modelType the model type as received; absent when there was none
   * @param properties every other property, by JSON name
   */
  public UnknownFineTunedModel {
    properties = ReadOnly.map(properties);
  }
}
