package io.github.mistralspring.client.catalog;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * A fine-tuned model as the fine-tuning API describes it, told apart by its {@code model_type}: a
 * completion model or a classifier.
 *
 * <p>A model type the client does not know yet reads as an {@link UnknownFtModelOut}.
 */
@JsonTypeInfo(
    use = JsonTypeInfo.Id.NAME,
    include = JsonTypeInfo.As.EXISTING_PROPERTY,
    property = "model_type",
    visible = true,
    defaultImpl = UnknownFtModelOut.class)
@JsonSubTypes({
  @JsonSubTypes.Type(value = CompletionFtModelOut.class, name = CompletionFtModelOut.MODEL_TYPE),
  @JsonSubTypes.Type(value = ClassifierFtModelOut.class, name = ClassifierFtModelOut.MODEL_TYPE)
})
public sealed interface FtModelOut
    permits CompletionFtModelOut, ClassifierFtModelOut, UnknownFtModelOut {

  /** The model's id. */
  String id();

  /** The model's type, as sent on the wire ({@code completion}, {@code classifier}, …). */
  String modelType();
}
