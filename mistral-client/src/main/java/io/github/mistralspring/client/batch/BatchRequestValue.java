package io.github.mistralspring.client.batch;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The value behind {@link BatchRequest}: a record, for equality, {@code toString} and JSON;
 * package-private, so that its constructor can grow without breaking callers.
 */
record BatchRequestValue(@JsonProperty("custom_id") @Nullable String customId, Object body)
    implements BatchRequest {}
