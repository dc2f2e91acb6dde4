package io.github.mistralspring.client.audio.voices;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.github.mistralspring.client.internal.values.ReadOnly;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The value behind {@link VoiceUpdateRequest}: a record, for equality, {@code toString} and JSON;
 * package-private, so that its constructor can grow without breaking callers.
 */
record VoiceUpdateRequestValue(
    @Nullable String name,
    @Nullable List<String> languages,
    @Nullable String gender,
    @Nullable Integer age,
    @Nullable List<String> tags,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extraBody)
    implements VoiceUpdateRequest {

  /** Keeps the lists and the extra body read-only; an absent map becomes empty. */
  VoiceUpdateRequestValue {
    languages = languages == null ? null : List.copyOf(languages);
    tags = tags == null ? null : List.copyOf(tags);
    extraBody = ReadOnly.map(extraBody);
  }

  @Override
  public Builder toBuilder() {
    return new Builder(this);
  }
}
