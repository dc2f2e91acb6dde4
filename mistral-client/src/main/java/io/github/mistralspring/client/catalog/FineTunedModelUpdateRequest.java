package io.github.mistralspring.client.catalog;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The changes to make to a fine-tuned model; an absent field is left unchanged. Build one with
 * {@link #builder()}, {@link #ofName(String)} or {@link #ofDescription(String)}.
 *
 * <p>The specification names it {@code UpdateFTModelIn}.
 */
@JsonDeserialize(as = FineTunedModelUpdateRequestValue.class)
public sealed interface FineTunedModelUpdateRequest permits FineTunedModelUpdateRequestValue {

  /**
   * The new display name.
   *
   * @return the new name; absent to keep the current one
   */
  @Nullable String name();

  /**
   * The new description.
   *
   * @return the new description; absent to keep the current one
   */
  @Nullable String description();

  /**
   * Changes only the name.
   *
   * @param name the new display name
   * @return a request that renames the model
   */
  static FineTunedModelUpdateRequest ofName(String name) {
    return builder().name(name).build();
  }

  /**
   * Changes only the description.
   *
   * @param description the new description
   * @return a request that changes the model's description
   */
  static FineTunedModelUpdateRequest ofDescription(String description) {
    return builder().description(description).build();
  }

  /**
   * Returns a builder for a new request.
   *
   * @return an empty builder
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this request's values, to derive a changed copy.
   *
   * @return a builder that starts from this request
   */
  default Builder toBuilder() {
    return new Builder().name(name()).description(description());
  }

  /** Builds a {@link FineTunedModelUpdateRequest}; not thread-safe. */
  final class Builder {

    private @Nullable String name;
    private @Nullable String description;

    private Builder() {}

    /**
     * Sets the new display name.
     *
     * @param name the new name; null to keep the current one
     * @return this builder
     */
    public Builder name(@Nullable String name) {
      this.name = name;
      return this;
    }

    /**
     * Sets the new description.
     *
     * @param description the new description; null to keep the current one
     * @return this builder
     */
    public Builder description(@Nullable String description) {
      this.description = description;
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request with the values set so far
     */
    public FineTunedModelUpdateRequest build() {
      return new FineTunedModelUpdateRequestValue(name, description);
    }
  }
}
