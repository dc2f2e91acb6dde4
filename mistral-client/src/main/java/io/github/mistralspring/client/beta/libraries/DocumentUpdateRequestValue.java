package io.github.mistralspring.client.beta.libraries;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The value behind {@link DocumentUpdateRequest}: a record, for equality, {@code toString} and
 * JSON; package-private, so that its constructor can grow without breaking callers.
 */
record DocumentUpdateRequestValue(@Nullable String name, @Nullable Map<String, Object> attributes)
    implements DocumentUpdateRequest {

  /** Keeps the attributes read-only. */
  DocumentUpdateRequestValue {
    attributes =
        attributes == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
  }
}
