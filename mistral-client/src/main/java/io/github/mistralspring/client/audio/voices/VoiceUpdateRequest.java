package io.github.mistralspring.client.audio.voices;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A change to a voice's details (spec {@code VoiceUpdateRequest}); build one with {@link
 * #builder()}. Only the fields that are set are sent and changed; the others stay as they are.
 */
@JsonPropertyOrder({"name", "languages", "gender", "age", "tags"})
public final class VoiceUpdateRequest {

  private final @Nullable String name;
  private final @Nullable List<String> languages;
  private final @Nullable String gender;
  private final @Nullable Integer age;
  private final @Nullable List<String> tags;
  private final Map<String, Object> extraBody;

  private VoiceUpdateRequest(Builder builder) {
    this.name = builder.name;
    this.languages = builder.languages == null ? null : List.copyOf(builder.languages);
    this.gender = builder.gender;
    this.age = builder.age;
    this.tags = builder.tags == null ? null : List.copyOf(builder.tags);
    this.extraBody = Collections.unmodifiableMap(new LinkedHashMap<>(builder.extraBody));
  }

  /** A change of the voice's name only. */
  public static VoiceUpdateRequest ofName(String name) {
    return builder().name(name).build();
  }

  /** Returns a builder for a new change. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder that starts from this change's values. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.name = name;
    builder.languages = languages;
    builder.gender = gender;
    builder.age = age;
    builder.tags = tags;
    builder.extraBody.putAll(extraBody);
    return builder;
  }

  /** The new name, or null to keep it. */
  @JsonProperty("name")
  public @Nullable String name() {
    return name;
  }

  /** The new languages, or null to keep them. */
  @JsonProperty("languages")
  public @Nullable List<String> languages() {
    return languages;
  }

  /** The new gender, or null to keep it. */
  @JsonProperty("gender")
  public @Nullable String gender() {
    return gender;
  }

  /** The new age, or null to keep it. */
  @JsonProperty("age")
  public @Nullable Integer age() {
    return age;
  }

  /** The new tags, or null to keep them. */
  @JsonProperty("tags")
  public @Nullable List<String> tags() {
    return tags;
  }

  /** Body properties this client does not model, written as top-level fields. */
  @JsonAnyGetter
  public Map<String, Object> extraBody() {
    return extraBody;
  }

  @Override
  public String toString() {
    return "VoiceUpdateRequest[name="
        + name
        + ", languages="
        + languages
        + ", gender="
        + gender
        + ", age="
        + age
        + ", tags="
        + tags
        + (extraBody.isEmpty() ? "" : ", extraBody=" + extraBody.keySet())
        + "]";
  }

  /** Builds a {@link VoiceUpdateRequest}; not thread-safe. */
  public static final class Builder {

    private @Nullable String name;
    private @Nullable List<String> languages;
    private @Nullable String gender;
    private @Nullable Integer age;
    private @Nullable List<String> tags;
    private final Map<String, Object> extraBody = new LinkedHashMap<>();

    private Builder() {}

    /** Sets a new name. */
    public Builder name(@Nullable String name) {
      this.name = name;
      return this;
    }

    /** Sets new languages, as codes such as {@code en}. */
    public Builder languages(@Nullable List<String> languages) {
      this.languages = languages;
      return this;
    }

    /** Sets new languages. */
    public Builder languages(String... languages) {
      return languages(List.of(languages));
    }

    /** Sets a new gender. */
    public Builder gender(@Nullable String gender) {
      this.gender = gender;
      return this;
    }

    /** Sets a new age. */
    public Builder age(@Nullable Integer age) {
      this.age = age;
      return this;
    }

    /** Sets a new age. */
    public Builder age(int age) {
      return age(Integer.valueOf(age));
    }

    /** Sets new tags. */
    public Builder tags(@Nullable List<String> tags) {
      this.tags = tags;
      return this;
    }

    /** Adds a body property this client does not model yet, sent as a top-level field. */
    public Builder extraBody(String name, Object value) {
      extraBody.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /** Builds the change. */
    public VoiceUpdateRequest build() {
      return new VoiceUpdateRequest(this);
    }
  }
}
