package io.github.mistralspring.client.beta.libraries;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The value behind {@link LibraryRequest}: a record, for equality, {@code toString} and JSON;
 * package-private, so that its constructor can grow without breaking callers.
 */
record LibraryRequestValue(
    String name,
    @Nullable String description,
    @JsonProperty("chunk_size") @Nullable Integer chunkSize)
    implements LibraryRequest {

  /** Checks that the name is present. */
  LibraryRequestValue {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException(
          "A library needs a name: set it with LibraryRequest.builder().name(\"...\")");
    }
    if (chunkSize != null && chunkSize <= 0) {
      throw new IllegalArgumentException(
          "chunkSize must be positive, or left unset for the API's default: " + chunkSize);
    }
  }

  @Override
  public Builder toBuilder() {
    return LibraryRequest.builder().name(name).description(description).chunkSize(chunkSize);
  }
}
