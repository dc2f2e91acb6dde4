package io.github.mistralspring.client.catalog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.github.mistralspring.client.internal.values.ReadOnly;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A model offered by Mistral ({@code type: base}).
 *
 * @param id the model's id
 * @param object the object kind, {@code model}; absent when the API did not send it
 * @param created when the model was created, in seconds since the epoch; absent when not reported
 * @param ownedBy the model's owner; absent when not reported
 * @param capabilities what the model can do; all false when the API sent none
 * @param name the model's display name; absent when it has none
 * @param description the model's description; absent when it has none
 * @param maxContextLength the most tokens of context the model takes; absent when not reported
 * @param aliases other ids that name the same model; empty when none
 * @param deprecation when the model is deprecated, as an ISO 8601 date-time; absent unless it is
 * @param deprecationReplacementModel the model to use instead once deprecated; absent when none
 * @param defaultModelTemperature the temperature used when a request sets none; absent when not
 *     reported
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NONE)
@JsonIgnoreProperties(value = "type", allowGetters = true)
public record BaseModelCard(
    String id,
    @Nullable String object,
    @Nullable Long created,
    @JsonProperty("owned_by") @Nullable String ownedBy,
    ModelCapabilities capabilities,
    @Nullable String name,
    @Nullable String description,
    @JsonProperty("max_context_length") @Nullable Integer maxContextLength,
    List<String> aliases,
    @Nullable String deprecation,
    @JsonProperty("deprecation_replacement_model") @Nullable String deprecationReplacementModel,
    @JsonProperty("default_model_temperature") @Nullable Double defaultModelTemperature)
    implements ModelCard {

  /** The wire value of this card's type. */
  public static final String TYPE = "base";

  /**
   * Absent capabilities read as none; absent aliases as an empty list.
   *
   * @param id the model's id
   * @param object the object kind, {@code model}; absent when the API did not send it
   * @param created when the model was created, in seconds since the epoch; absent when not reported
   * @param ownedBy the model's owner; absent when not reported
   * @param capabilities what the model can do; all false when the API sent none
   * @param name the model's display name; absent when it has none
   * @param description the model's description; absent when it has none
   * @param maxContextLength the most tokens of context the model takes; absent when not reported
   * @param aliases other ids that name the same model; empty when none
   * @param deprecation when the model is deprecated, as an ISO 8601 date-time; absent unless it is
   * @param deprecationReplacementModel the model to use instead once deprecated; absent when none
   * @param defaultModelTemperature the temperature used when a request sets none; absent when not
   *     reported
   */
  public BaseModelCard {
    capabilities = ModelCards.orNone(capabilities);
    aliases = ReadOnly.withoutNulls(aliases);
  }

  /**
   * {@inheritDoc}
   *
   * @return {@value #TYPE}, always
   */
  @Override
  @JsonProperty(value = "type")
  public String type() {
    return TYPE;
  }
}
