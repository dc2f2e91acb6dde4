package io.github.mistralspring.client.classifiers;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.github.mistralspring.client.internal.values.ReadOnly;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The value behind {@link ChatModerationRequest}: a record, for equality, {@code toString} and
 * JSON; package-private, so that its constructor can grow without breaking callers.
 */
record ChatModerationRequestValue(
    @Nullable String model,
    @Nullable ChatModerationInput input,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extraBody)
    implements ChatModerationRequest {

  /** Keeps the extra body read-only; an absent map becomes empty. */
  ChatModerationRequestValue {
    extraBody = ReadOnly.map(extraBody);
  }

  @Override
  public ChatModerationRequest withModel(@Nullable String model) {
    return new ChatModerationRequestValue(model, input, extraBody);
  }
}
