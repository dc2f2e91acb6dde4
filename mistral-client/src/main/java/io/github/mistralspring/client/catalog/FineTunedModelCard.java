package io.github.mistralspring.client.catalog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.github.mistralspring.client.internal.values.ReadOnly;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A model fine-tuned by the caller's organization ({@code type: fine-tuned}, spec {@code
 * FTModelCard}).
 *
 * <p>The specification names it {@code FTModelCard}.
 *
 * @param id the model's id, such as {@code ft:open-mistral-7b:587a6b29:20240514:7e773925}
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
 * @param job the id of the fine-tuning job that made the model
 * @param root the id of the model it was fine-tuned from
 * @param archived whether the model is archived; absent when not reported
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NONE)
@JsonIgnoreProperties(value = "type", allowGetters = true)
public record FineTunedModelCard(
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
    @JsonProperty("default_model_temperature") @Nullable Double defaultModelTemperature,
    String job,
    String root,
    @Nullable Boolean archived)
    implements ModelCard {

  /** The wire value of this card's type. */
  public static final String TYPE = "fine-tuned";

  /**
   * Absent capabilities read as none; absent aliases as an empty list.
   *
   * @param id the model's id, such as {@code ft:open-mistral-7b:587a6b29:20240514:7e773925}
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
   * @param job the id of the fine-tuning job that made the model
   * @param root the id of the model it was fine-tuned from
   * @param archived whether the model is archived; absent when not reported
   */
  public FineTunedModelCard {
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
