package io.github.mistralspring.client.beta.libraries;

import org.jspecify.annotations.Nullable;

/**
 * The value behind {@link LibraryUpdateRequest}: a record, for equality, {@code toString} and JSON;
 * package-private, so that its constructor can grow without breaking callers.
 */
record LibraryUpdateRequestValue(@Nullable String name, @Nullable String description)
    implements LibraryUpdateRequest {

  @Override
  public Builder toBuilder() {
    return LibraryUpdateRequest.builder().name(name).description(description);
  }
}
