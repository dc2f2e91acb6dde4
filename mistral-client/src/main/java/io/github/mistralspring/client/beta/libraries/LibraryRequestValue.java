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

  @Override
  public Builder toBuilder() {
    return LibraryRequest.builder().name(name).description(description).chunkSize(chunkSize);
  }
}
