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

  /** A request for a library with this name and nothing else set. */
  static LibraryRequest of(String name) {
    return builder().name(name).build();
  }

  /** Starts building a request. */
  static Builder builder() {
    return new Builder();
  }

  /** A builder holding this request's values, to change some of them. */
  Builder toBuilder();

  /** Builds a {@link LibraryRequest}; unset fields are left out of the request. */
  final class Builder {

    private String name;
    private String description;
    private Integer chunkSize;

    Builder() {}

    /** The library's name; required. */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /** What the library holds. */
    public Builder description(String description) {
      this.description = description;
      return this;
    }

    /** The size of the chunks its documents are split into. */
    public Builder chunkSize(Integer chunkSize) {
      this.chunkSize = chunkSize;
      return this;
    }

    /** The size of the chunks its documents are split into. */
    public Builder chunkSize(int chunkSize) {
      return chunkSize(Integer.valueOf(chunkSize));
    }

    /** Builds the request; throws when the name is missing. */
    public LibraryRequest build() {
      return new LibraryRequestValue(name, description, chunkSize);
    }
  }
}
