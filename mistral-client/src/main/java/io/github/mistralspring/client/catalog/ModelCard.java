package io.github.mistralspring.client.catalog;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.jspecify.annotations.Nullable;

/**
 * A model as the models API describes it, told apart by its {@code type}: a base model or a
 * fine-tuned one.
 *
 * <p>A type the client does not know yet reads as an {@link UnknownModelCard}, so a listing never
 * fails because the API added a kind of model.
 */
@JsonTypeInfo(
    use = JsonTypeInfo.Id.NAME,
    include = JsonTypeInfo.As.EXISTING_PROPERTY,
    property = "type",
    visible = true,
    defaultImpl = UnknownModelCard.class)
@JsonSubTypes({
  @JsonSubTypes.Type(value = BaseModelCard.class, name = BaseModelCard.TYPE),
  @JsonSubTypes.Type(value = FineTunedModelCard.class, name = FineTunedModelCard.TYPE)
})
public sealed interface ModelCard permits BaseModelCard, FineTunedModelCard, UnknownModelCard {

  /**
   * The model's id, used as {@code model} in requests.
   *
   * @return the id, such as {@code mistral-small-latest}
   */
  String id();

  /**
   * The card's type, as sent on the wire ({@code base}, {@code fine-tuned}, …).
   *
   * @return the type; for an {@link UnknownModelCard}, as received (absent when it had none)
   */
  @Nullable String type();

  /**
   * What the model can do; never null.
   *
   * @return the capabilities, all false when the API reported none
   */
  ModelCapabilities capabilities();
}
