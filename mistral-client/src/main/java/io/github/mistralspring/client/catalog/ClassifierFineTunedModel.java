package io.github.mistralspring.client.catalog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;

/**
 * A fine-tuned classifier ({@code model_type: classifier}).
 *
 * <p>The specification names it {@code ClassifierFTModelOut}.
 *
 * @param id the model's id
 * @param object the object kind, {@code model}
 * @param created when the model was created, in seconds since the epoch
 * @param ownedBy the model's owner
 * @param workspaceId the workspace the model belongs to
 * @param root the id of the model it was fine-tuned from
 * @param rootVersion the version of that model
 * @param archived whether the model is archived
 * @param name the model's display name
 * @param description the model's description
 * @param capabilities what the model can do
 * @param maxContextLength the most tokens of context the model takes
 * @param aliases other ids that name the same model
 * @param job the id of the fine-tuning job that made the model
 * @param classifierTargets the targets the classifier labels
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NONE)
@JsonIgnoreProperties(value = "model_type", allowGetters = true)
public record ClassifierFineTunedModel(
    String id,
    String object,
    Long created,
    @JsonProperty("owned_by") String ownedBy,
    @JsonProperty("workspace_id") String workspaceId,
    String root,
    @JsonProperty("root_version") String rootVersion,
    Boolean archived,
    String name,
    String description,
    FineTunedModelCapabilities capabilities,
    @JsonProperty("max_context_length") Integer maxContextLength,
    List<String> aliases,
    String job,
    @JsonProperty("classifier_targets") List<ClassifierTarget> classifierTargets)
    implements FineTunedModel {

  /** The wire value of this model's type. */
  public static final String MODEL_TYPE = "classifier";

  @Override
  @JsonProperty("model_type")
  public String modelType() {
    return MODEL_TYPE;
  }
}
