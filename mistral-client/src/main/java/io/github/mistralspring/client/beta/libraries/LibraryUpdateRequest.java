package io.github.mistralspring.client.beta.libraries;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A request to change a library's name or description (the spec's {@code LibraryInUpdate}); only
 * the fields set are sent. Build it with {@link #builder()}.
 */
@JsonDeserialize(as = LibraryUpdateRequestValue.class)
public sealed interface LibraryUpdateRequest permits LibraryUpdateRequestValue {

  /**
   * The new name; absent to keep it.
   *
   * @return the new name; absent to keep it
   */
  @Nullable String name();

  /**
   * The new description; absent to keep it.
   *
   * @return the new description; absent to keep it
   */
  @Nullable String description();

  /**
   * Starts building a request.
   *
   * @return a builder with nothing set
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this request's values, to change some of them.
   *
   * @return a builder that starts from this request's values
   */
  Builder toBuilder();

  /** Builds a {@link LibraryUpdateRequest}; unset fields are left out of the request. */
  final class Builder {

    private @Nullable String name;
    private @Nullable String description;

    Builder() {}

    /**
     * The new name.
     *
     * @param name the library's new name; null to leave the name as it is
     * @return this builder
     */
    public Builder name(@Nullable String name) {
      this.name = name;
      return this;
    }

    /**
     * The new description.
     *
     * @param description the new description; null to leave it as it is
     * @return this builder
     */
    public Builder description(@Nullable String description) {
      this.description = description;
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request, to pass to {@code libraries().update(..)}
     */
    public LibraryUpdateRequest build() {
      return new LibraryUpdateRequestValue(name, description);
    }
  }
}
