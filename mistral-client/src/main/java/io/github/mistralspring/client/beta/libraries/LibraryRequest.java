package io.github.mistralspring.client.beta.libraries;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A request to create a library (the spec's {@code LibraryIn}); build it with {@link #builder()}.
 */
@JsonDeserialize(as = LibraryRequestValue.class)
public sealed interface LibraryRequest permits LibraryRequestValue {

  /**
   * The library's name; required.
   *
   * @return the library's name; required
   */
  String name();

  /**
   * What the library holds.
   *
   * @return what the library holds
   */
  @Nullable String description();

  /**
   * The size of the chunks its documents are split into; absent for the API's default.
   *
   * @return the size of the chunks its documents are split into; absent for the API's default
   */
  @Nullable Integer chunkSize();

  /**
   * A request for a library with this name and nothing else set.
   *
   * @param name the library's name
   * @return the request, to pass to {@code libraries().create(..)}
   */
  static LibraryRequest of(String name) {
    return builder().name(name).build();
  }

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

  /** Builds a {@link LibraryRequest}; unset fields are left out of the request. */
  final class Builder {

    private @Nullable String name;
    private @Nullable String description;
    private @Nullable Integer chunkSize;

    Builder() {}

    /**
     * The library's name; required.
     *
     * @param name the library's name; required
     * @return this builder
     */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /**
     * What the library holds.
     *
     * @param description what the library holds; null to leave it out
     * @return this builder
     */
    public Builder description(@Nullable String description) {
      this.description = description;
      return this;
    }

    /**
     * The size of the chunks its documents are split into.
     *
     * @param chunkSize the chunk size; null for the API's default
     * @return this builder
     */
    public Builder chunkSize(@Nullable Integer chunkSize) {
      this.chunkSize = chunkSize;
      return this;
    }

    /**
     * The size of the chunks its documents are split into.
     *
     * @param chunkSize the chunk size
     * @return this builder
     */
    public Builder chunkSize(int chunkSize) {
      return chunkSize(Integer.valueOf(chunkSize));
    }

    /**
     * Builds the request.
     *
     * @return the request, to pass to {@code libraries().create(..)}
     * @throws IllegalStateException when the name is missing or blank, or the chunk size is not
     *     positive
     */
    public LibraryRequest build() {
      if (name == null || name.isBlank()) {
        throw new IllegalStateException(
            "LibraryRequest.name is required: set it with builder().name(\"Handbook\")");
      }
      if (chunkSize != null && chunkSize <= 0) {
        throw new IllegalStateException(
            "LibraryRequest.chunkSize must be positive, or left unset for the API's default: "
                + chunkSize);
      }
      return new LibraryRequestValue(name, description, chunkSize);
    }
  }
}
