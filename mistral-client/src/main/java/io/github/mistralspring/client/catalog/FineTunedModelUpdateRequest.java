package io.github.mistralspring.client.catalog;

/**
 * The changes to make to a fine-tuned model; a null field is left unchanged.
 *
 * <p>The specification names it {@code UpdateFTModelIn}.
 *
 * @param name the new display name
 * @param description the new description
 */
public record FineTunedModelUpdateRequest(String name, String description) {

  /** Changes only the name. */
  public static FineTunedModelUpdateRequest ofName(String name) {
    return new FineTunedModelUpdateRequest(name, null);
  }

  /** Changes only the description. */
  public static FineTunedModelUpdateRequest ofDescription(String description) {
    return new FineTunedModelUpdateRequest(null, description);
  }
}
