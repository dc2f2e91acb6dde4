package io.github.mistralspring.client.catalog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.github.mistralspring.client.internal.values.ReadOnly;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A fine-tuned completion model ({@code model_type: completion}).
 *
 * <p>The specification names it {@code CompletionFTModelOut}.
 *
 * @param id the model's id
 * @param object the object kind, {@code model}; absent when the API did not send it
 * @param created when the model was created, in seconds since the epoch
 * @param ownedBy the model's owner
 * @param workspaceId the workspace the model belongs to; absent when not reported
 * @param root the id of the model it was fine-tuned from
 * @param rootVersion the version of that model; absent when not reported
 * @param archived whether the model is archived
 * @param name the model's display name; absent when it has none
 * @param description the model's description; absent when it has none
 * @param capabilities what the model can do
 * @param maxContextLength the most tokens of context the model takes; absent when not reported
 * @param aliases other ids that name the same model; empty when none
 * @param job the id of the fine-tuning job that made the model
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NONE)
@JsonIgnoreProperties(value = "model_type", allowGetters = true)
public record CompletionFineTunedModel(
    String id,
    @Nullable String object,
    Long created,
    @JsonProperty("owned_by") String ownedBy,
    @JsonProperty("workspace_id") @Nullable String workspaceId,
    String root,
    @JsonProperty("root_version") @Nullable String rootVersion,
    Boolean archived,
    @Nullable String name,
    @Nullable String description,
    FineTunedModelCapabilities capabilities,
    @JsonProperty("max_context_length") @Nullable Integer maxContextLength,
    List<String> aliases,
    String job)
    implements FineTunedModel {

  /** The wire value of this model's type. */
  public static final String MODEL_TYPE = "completion";

  /**
   * Absent aliases read as an empty list.
   *
   * @param id the model's id
   * @param object the object kind, {@code model}; absent when the API did not send it
   * @param created when the model was created, in seconds since the epoch
   * @param ownedBy the model's owner
   * @param workspaceId the workspace the model belongs to; absent when not reported
   * @param root the id of the model it was fine-tuned from
   * @param rootVersion the version of that model; absent when not reported
   * @param archived whether the model is archived
   * @param name the model's display name; absent when it has none
   * @param description the model's description; absent when it has none
   * @param capabilities what the model can do
   * @param maxContextLength the most tokens of context the model takes; absent when not reported
   * @param aliases other ids that name the same model; empty when none
   * @param job the id of the fine-tuning job that made the model
   */
  public CompletionFineTunedModel {
    aliases = ReadOnly.withoutNulls(aliases);
  }

  /**
   * {@inheritDoc}
   *
   * @return {@value #MODEL_TYPE}, always
   */
  @Override
  @JsonProperty("model_type")
  public String modelType() {
    return MODEL_TYPE;
  }
}
