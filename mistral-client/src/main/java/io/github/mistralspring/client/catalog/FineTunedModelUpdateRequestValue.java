package io.github.mistralspring.client.catalog;

import org.jspecify.annotations.Nullable;

/**
 * The value behind {@link FineTunedModelUpdateRequest}: a record, for equality, {@code toString}
 * and JSON; package-private so that its constructor can grow without breaking callers.
 */
record FineTunedModelUpdateRequestValue(@Nullable String name, @Nullable String description)
    implements FineTunedModelUpdateRequest {}
