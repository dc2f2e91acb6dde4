package io.github.mistralspring.client.catalog;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.jspecify.annotations.Nullable;

/**
 * A fine-tuned model as the fine-tuning API describes it, told apart by its {@code model_type}: a
 * completion model or a classifier.
 *
 * <p>A model type the client does not know yet reads as an {@link UnknownFineTunedModel}.
 *
 * <p>The specification names the answer to updating one {@code CompletionFTModelOut} or {@code
 * ClassifierFTModelOut}, after its type.
 */
@JsonTypeInfo(
    use = JsonTypeInfo.Id.NAME,
    include = JsonTypeInfo.As.EXISTING_PROPERTY,
    property = "model_type",
    visible = true,
    defaultImpl = UnknownFineTunedModel.class)
@JsonSubTypes({
  @JsonSubTypes.Type(
      value = CompletionFineTunedModel.class,
      name = CompletionFineTunedModel.MODEL_TYPE),
  @JsonSubTypes.Type(
      value = ClassifierFineTunedModel.class,
      name = ClassifierFineTunedModel.MODEL_TYPE)
})
public sealed interface FineTunedModel
    permits CompletionFineTunedModel, ClassifierFineTunedModel, UnknownFineTunedModel {

  /**
   * The model's id.
   *
   * @return the id, such as {@code ft:open-mistral-7b:587a6b29:20240514:7e773925}, to use as {@code
   *     model} in requests
   */
  String id();

  /**
   * The model's type, as sent on the wire ({@code completion}, {@code classifier}, …).
   *
   * @return the type; for an {@link UnknownFineTunedModel}, as received (absent when it had none)
   */
  @Nullable String modelType();
}
