package io.github.mistralspring.client.audio.voices;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A change to a voice's details (the spec's {@code VoiceUpdateRequest}); build one with {@link
 * #builder()}.
 *
 * <p>Every field is optional: only the fields that are set are sent and changed, an unset (null)
 * one is left out of the JSON and stays as it is on the voice. An empty list is sent, and clears
 * the voice's languages or tags.
 */
@JsonDeserialize(as = VoiceUpdateRequestValue.class)
public sealed interface VoiceUpdateRequest permits VoiceUpdateRequestValue {

  /**
   * The voice's new name.
   *
   * @return the new name, or null to keep the current one
   */
  @Nullable String name();

  /**
   * The languages the voice speaks from now on, as codes such as {@code en}.
   *
   * @return the new languages, read-only, or null to keep the current ones
   */
  @Nullable List<String> languages();

  /**
   * The voice's new gender.
   *
   * @return the new gender, or null to keep the current one
   */
  @Nullable String gender();

  /**
   * The speaker's new age, in years.
   *
   * @return the new age, or null to keep the current one
   */
  @Nullable Integer age();

  /**
   * The voice's new free tags.
   *
   * @return the new tags, read-only, or null to keep the current ones
   */
  @Nullable List<String> tags();

  /**
   * Body properties this client does not model, written as top-level fields.
   *
   * @return the extra properties by name, read-only; empty when there are none
   */
  Map<String, Object> extraBody();

  /**
   * Returns a change of the voice's name only.
   *
   * @param name the new name
   * @return the change
   */
  static VoiceUpdateRequest ofName(String name) {
    return builder().name(Objects.requireNonNull(name, "name")).build();
  }

  /**
   * Returns a builder for a new change.
   *
   * @return a builder with every field unset, which changes nothing
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this change's values, to derive a changed copy.
   *
   * @return a builder that starts from this change; changing it leaves this change as it is
   */
  Builder toBuilder();

  /** Builds a {@link VoiceUpdateRequest}; not thread-safe. */
  final class Builder {

    private @Nullable String name;
    private @Nullable List<String> languages;
    private @Nullable String gender;
    private @Nullable Integer age;
    private @Nullable List<String> tags;
    private final Map<String, Object> extraBody = new LinkedHashMap<>();

    Builder() {}

    Builder(VoiceUpdateRequest change) {
      name = change.name();
      languages = change.languages();
      gender = change.gender();
      age = change.age();
      tags = change.tags();
      extraBody.putAll(change.extraBody());
    }

    /**
     * Sets a new name.
     *
     * @param name the voice's new name; null clears it, so the name is kept
     * @return this builder
     */
    public Builder name(@Nullable String name) {
      this.name = name;
      return this;
    }

    /**
     * Sets new languages, replacing the voice's current ones.
     *
     * @param languages the languages as codes such as {@code en}, copied; an empty list clears
     *     them; null leaves them as they are
     * @return this builder
     */
    public Builder languages(@Nullable List<String> languages) {
      this.languages = languages == null ? null : List.copyOf(languages);
      return this;
    }

    /**
     * Sets new languages, replacing the voice's current ones.
     *
     * @param languages the languages as codes such as {@code en}; none clears them
     * @return this builder
     */
    public Builder languages(String... languages) {
      return languages(List.of(languages));
    }

    /**
     * Sets a new gender.
     *
     * @param gender the voice's new gender, as free text; null leaves it as it is
     * @return this builder
     */
    public Builder gender(@Nullable String gender) {
      this.gender = gender;
      return this;
    }

    /**
     * Sets a new age.
     *
     * @param age the speaker's age in years; null leaves it as it is
     * @return this builder
     */
    public Builder age(@Nullable Integer age) {
      this.age = age;
      return this;
    }

    /**
     * Sets a new age, from a primitive value.
     *
     * @param age the speaker's age in years
     * @return this builder
     */
    public Builder age(int age) {
      return age(Integer.valueOf(age));
    }

    /**
     * Sets new tags, replacing the voice's current ones.
     *
     * @param tags the free tags, copied; an empty list clears them; null leaves them as they are
     * @return this builder
     */
    public Builder tags(@Nullable List<String> tags) {
      this.tags = tags == null ? null : List.copyOf(tags);
      return this;
    }

    /**
     * Adds a body property this client does not model yet, sent as a top-level field.
     *
     * @param name the property's name as the API spells it
     * @param value the property's value, written as JSON
     * @return this builder
     * @throws NullPointerException when the name or the value is null
     */
    public Builder extraBody(String name, Object value) {
      extraBody.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /**
     * Builds the change; every field is optional, so it always succeeds.
     *
     * @return the change, with the fields left unset absent
     */
    public VoiceUpdateRequest build() {
      return new VoiceUpdateRequestValue(name, languages, gender, age, tags, extraBody);
    }
  }
}
