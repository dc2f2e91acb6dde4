package io.github.mistralspring.client.beta.libraries;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A request to create a library (the spec's {@code LibraryIn}); build it with {@link #builder()}.
 *
 * @param name the library's name; required
 * @param description what the library holds, or null
 * @param chunkSize the size of the chunks its documents are split into, or null for the API's
 *     default
 */
public record LibraryRequest(
    String name, String description, @JsonProperty("chunk_size") Integer chunkSize) {

  /** Checks that the name is present. */
  public LibraryRequest {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException(
          "A library needs a name: set it with LibraryRequest.builder().name(\"...\")");
    }
    if (chunkSize != null && chunkSize <= 0) {
      throw new IllegalArgumentException(
          "chunkSize must be positive, or left unset for the API's default: " + chunkSize);
    }
  }

  /** A request for a library with this name and nothing else set. */
  public static LibraryRequest of(String name) {
    return builder().name(name).build();
  }

  /** Starts building a request. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this request's values, to change some of them. */
  public Builder toBuilder() {
    return builder().name(name).description(description).chunkSize(chunkSize);
  }

  /** Builds a {@link LibraryRequest}; unset fields are left out of the request. */
  public static final class Builder {

    private String name;
    private String description;
    private Integer chunkSize;

    private Builder() {}

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
      return new LibraryRequest(name, description, chunkSize);
    }
  }
}
