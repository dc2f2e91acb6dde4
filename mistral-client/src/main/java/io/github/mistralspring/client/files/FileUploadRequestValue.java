package io.github.mistralspring.client.files;

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
    implements FileUploadRequest {}
