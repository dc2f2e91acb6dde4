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

  /** Starts building a request. */
  static Builder builder() {
    return new Builder();
  }

  /** A builder holding this request's values, to change some of them. */
  Builder toBuilder();

  /** Builds a {@link LibraryUpdateRequest}; unset fields are left out of the request. */
  final class Builder {

    private String name;
    private String description;

    Builder() {}

    /** The new name. */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /** The new description. */
    public Builder description(String description) {
      this.description = description;
      return this;
    }

    /** Builds the request. */
    public LibraryUpdateRequest build() {
      return new LibraryUpdateRequestValue(name, description);
    }
  }
}
