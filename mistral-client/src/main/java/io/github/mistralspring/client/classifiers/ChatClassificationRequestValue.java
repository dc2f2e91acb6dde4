package io.github.mistralspring.client.classifiers;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.github.mistralspring.client.internal.values.ReadOnly;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The value behind {@link ChatClassificationRequest}: a record, for equality, {@code toString} and
 * JSON; package-private, so that its constructor can grow without breaking callers.
 */
record ChatClassificationRequestValue(
    @Nullable String model,
    @Nullable ChatClassificationInput input,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extraBody)
    implements ChatClassificationRequest {

  /** Keeps the extra body read-only; an absent map becomes empty. */
  ChatClassificationRequestValue {
    extraBody = ReadOnly.map(extraBody);
  }
}
