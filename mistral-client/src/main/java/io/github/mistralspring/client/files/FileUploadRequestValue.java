package io.github.mistralspring.client.files;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;

/**
 * The value behind {@link FileUploadRequest}: a record, for equality, {@code toString} and JSON;
 * package-private, so that its constructor can grow without breaking callers.
 */
record FileUploadRequestValue(
    Resource content,
    @Nullable String filename,
    @Nullable FilePurpose purpose,
    @Nullable Integer expiry,
    @Nullable FileVisibility visibility)
    implements FileUploadRequest {

  /** Checks that the content and a file name are present. */
  FileUploadRequestValue {
    Objects.requireNonNull(content, "content");
    if (filename == null || filename.isBlank()) {
      throw new IllegalArgumentException("A file name is required for " + content);
    }
  }

  @Override
  public FileUploadRequest withFilename(String filename) {
    return new FileUploadRequestValue(content, filename, purpose, expiry, visibility);
  }

  @Override
  public FileUploadRequest withExpiry(Integer hours) {
    return new FileUploadRequestValue(content, filename, purpose, hours, visibility);
  }

  @Override
  public FileUploadRequest withVisibility(FileVisibility visibility) {
    return new FileUploadRequestValue(content, filename, purpose, expiry, visibility);
  }
}
