package io.github.mistralspring.client.catalog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;

/**
 * A model fine-tuned by the caller's organization ({@code type: fine-tuned}, spec {@code
 * FTModelCard}).
 *
 * <p>The specification names it {@code FTModelCard}.
 *
 * @param id the model's id, such as {@code ft:open-mistral-7b:587a6b29:20240514:7e773925}
 * @param object the object kind, {@code model}
 * @param created when the model was created, in seconds since the epoch
 * @param ownedBy the model's owner
 * @param capabilities what the model can do
 * @param name the model's display name
 * @param description the model's description
 * @param maxContextLength the most tokens of context the model takes
 * @param aliases other ids that name the same model
 * @param deprecation when the model is deprecated, as an ISO 8601 date-time
 * @param deprecationReplacementModel the model to use instead once deprecated
 * @param defaultModelTemperature the temperature used when a request sets none
 * @param job the id of the fine-tuning job that made the model
 * @param root the id of the model it was fine-tuned from
 * @param archived whether the model is archived
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NONE)
@JsonIgnoreProperties(value = "type", allowGetters = true)
public record FineTunedModelCard(
    String id,
    String object,
    Long created,
    @JsonProperty("owned_by") String ownedBy,
    ModelCapabilities capabilities,
    String name,
    String description,
    @JsonProperty("max_context_length") Integer maxContextLength,
    List<String> aliases,
    String deprecation,
    @JsonProperty("deprecation_replacement_model") String deprecationReplacementModel,
    @JsonProperty("default_model_temperature") Double defaultModelTemperature,
    String job,
    String root,
    Boolean archived)
    implements ModelCard {

  /** The wire value of this card's type. */
  public static final String TYPE = "fine-tuned";

  /** Absent capabilities read as none; absent aliases as an empty list. */
  public FineTunedModelCard {
    capabilities = ModelCards.orNone(capabilities);
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
  }

  @Override
  @JsonProperty(value = "type")
  public String type() {
    return TYPE;
  }
}
