package io.github.mistralspring.client.classifiers;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.github.mistralspring.client.internal.values.ReadOnly;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The value behind {@link ClassificationRequest}: a record, for equality, {@code toString} and
 * JSON; package-private, so that its constructor can grow without breaking callers.
 */
record ClassificationRequestValue(
    @Nullable String model,
    @Nullable ClassificationInput input,
    @Nullable Map<String, Object> metadata,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extraBody)
    implements ClassificationRequest {

  /** Keeps the extra body read-only; an absent map becomes empty. */
  ClassificationRequestValue {
    extraBody = ReadOnly.map(extraBody);
  }

  @Override
  public ClassificationRequest withModel(@Nullable String model) {
    return new ClassificationRequestValue(model, input, metadata, extraBody);
  }
}
