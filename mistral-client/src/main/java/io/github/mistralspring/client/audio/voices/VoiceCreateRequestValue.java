package io.github.mistralspring.client.audio.voices;

import io.github.mistralspring.client.internal.values.ReadOnly;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;

/**
 * The value behind {@link VoiceCreateRequest}: a record, for equality; package-private, so that its
 * constructor can grow without breaking callers. It is not the wire body: the sample is read and
 * encoded when the request is sent.
 */
record VoiceCreateRequestValue(
    String name,
    @Nullable String slug,
    List<String> languages,
    @Nullable String gender,
    @Nullable Integer age,
    @Nullable List<String> tags,
    @Nullable String color,
    @Nullable Integer retentionNotice,
    @Nullable Resource sample,
    @Nullable String sampleBase64,
    @Nullable String sampleFilename,
    Map<String, Object> extraBody)
    implements VoiceCreateRequest {

  /** Checks the name is present and keeps the lists and the extra body read-only. */
  VoiceCreateRequestValue {
    Objects.requireNonNull(name, "name");
    languages = languages == null ? List.of() : List.copyOf(languages);
    tags = tags == null ? null : List.copyOf(tags);
    extraBody = ReadOnly.map(extraBody);
  }

  @Override
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Names the fields, never the sample's content. */
  @Override
  public String toString() {
    return "VoiceCreateRequest[name="
        + name
        + (sampleFilename != null ? ", sampleFilename=" + sampleFilename : "")
        + (languages.isEmpty() ? "" : ", languages=" + languages)
        + "]";
  }
}
