package io.github.mistralspring.client.audio.voices;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;

/**
 * A request to create a voice from a sample of speech (the spec's {@code VoiceCreateRequest});
 * build one with {@link #builder()}.
 *
 * <p>{@code name} and the sample are required; an unset (null) field is left out of the JSON, so
 * the API applies its default. The API takes the sample base64-encoded inside the JSON body ({@code
 * sample_audio}), so it is read into memory when the request is sent (off the event loop); a sample
 * is a few seconds of speech. Reading a path, a resource or a stream is left until then, so
 * building a request does no I/O. Its {@code toString} names the sample, never its content.
 */
public sealed interface VoiceCreateRequest permits VoiceCreateRequestValue {

  /**
   * The voice's name.
   *
   * @return the name, never null
   */
  String name();

  /**
   * A short name for the voice.
   *
   * @return the slug, or null when not set
   */
  @Nullable String slug();

  /**
   * The languages the voice speaks, as codes such as {@code en}.
   *
   * @return the languages, read-only; empty when not told (then left out of the JSON)
   */
  List<String> languages();

  /**
   * The voice's gender, as free text.
   *
   * @return the gender, or null when not set
   */
  @Nullable String gender();

  /**
   * The speaker's age, in years.
   *
   * @return the age, or null when not set
   */
  @Nullable Integer age();

  /**
   * Free tags to find the voice by.
   *
   * @return the tags, read-only, or null for none
   */
  @Nullable List<String> tags();

  /**
   * A display color for the voice, such as {@code #3366ff}.
   *
   * @return the color, or null when not set
   */
  @Nullable String color();

  /**
   * The days' notice before the sample may be deleted (the spec's {@code retention_notice}).
   *
   * @return the notice in days, or null for the API's default (30)
   */
  @Nullable Integer retentionNotice();

  /**
   * The sample as content to read when the request is sent.
   *
   * @return the sample's content, or null when the sample was given base64-encoded ({@link
   *     #sampleBase64()})
   */
  @Nullable Resource sample();

  /**
   * The sample as given already base64-encoded, sent as it is (the spec's {@code sample_audio}).
   *
   * @return the encoded sample, or null when the sample is content to read ({@link #sample()})
   */
  @Nullable String sampleBase64();

  /**
   * The sample's file name, whose extension tells the API its format (the spec's {@code
   * sample_filename}).
   *
   * @return the file name, such as {@code narrator.wav}, or null when none is sent
   */
  @Nullable String sampleFilename();

  /**
   * Body properties this client does not model, written as top-level fields.
   *
   * @return the extra properties by name, read-only; empty when there are none
   */
  Map<String, Object> extraBody();

  /**
   * Returns a request to create a voice of this name from the sample at a path.
   *
   * @param name the voice's name; not blank
   * @param sample the audio file of the sample, sent under its own file name
   * @return the request
   * @throws IllegalStateException when the name is blank
   */
  static VoiceCreateRequest of(String name, Path sample) {
    return builder().name(name).sample(sample).build();
  }

  /**
   * Returns a builder for a new request.
   *
   * @return a builder with no name, no sample and every option unset
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this request's values, to derive a changed copy.
   *
   * @return a builder that starts from this request; changing it leaves this request as it is
   */
  Builder toBuilder();

  /**
   * Builds a {@link VoiceCreateRequest}. The sample is set by one of the {@code sample} methods or
   * {@link #sampleBase64}; the last one called wins. Not thread-safe.
   */
  final class Builder {

    private @Nullable String name;
    private @Nullable String slug;
    private final List<String> languages = new ArrayList<>();
    private @Nullable String gender;
    private @Nullable Integer age;
    private @Nullable List<String> tags;
    private @Nullable String color;
    private @Nullable Integer retentionNotice;
    private @Nullable Resource sample;
    private @Nullable String sampleBase64;
    private @Nullable String sampleFilename;
    private final Map<String, Object> extraBody = new LinkedHashMap<>();

    Builder() {}

    Builder(VoiceCreateRequest request) {
      name = request.name();
      slug = request.slug();
      languages.addAll(request.languages());
      gender = request.gender();
      age = request.age();
      tags = request.tags();
      color = request.color();
      retentionNotice = request.retentionNotice();
      sample = request.sample();
      sampleBase64 = request.sampleBase64();
      sampleFilename = request.sampleFilename();
      extraBody.putAll(request.extraBody());
    }

    /**
     * Sets the voice's name; required.
     *
     * @param name the name; {@link #build()} refuses a blank one
     * @return this builder
     * @throws NullPointerException when the name is null
     */
    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name");
      return this;
    }

    /**
     * Sets a short name for the voice.
     *
     * @param slug the slug, such as {@code narrator}; null clears it
     * @return this builder
     */
    public Builder slug(@Nullable String slug) {
      this.slug = slug;
      return this;
    }

    /**
     * Sets the languages the voice speaks, replacing any set before.
     *
     * @param languages the languages as codes such as {@code en}, copied; empty to tell none
     * @return this builder
     * @throws NullPointerException when the list or one of its languages is null
     */
    public Builder languages(List<String> languages) {
      Objects.requireNonNull(languages, "languages");
      this.languages.clear();
      languages.forEach(language -> this.languages.add(Objects.requireNonNull(language)));
      return this;
    }

    /**
     * Sets the languages the voice speaks, replacing any set before.
     *
     * @param languages the languages as codes such as {@code en}; none to tell none
     * @return this builder
     */
    public Builder languages(String... languages) {
      return languages(List.of(languages));
    }

    /**
     * Sets the voice's gender.
     *
     * @param gender the gender, as free text; null clears it
     * @return this builder
     */
    public Builder gender(@Nullable String gender) {
      this.gender = gender;
      return this;
    }

    /**
     * Sets the speaker's age.
     *
     * @param age the age in years; null clears it
     * @return this builder
     */
    public Builder age(@Nullable Integer age) {
      this.age = age;
      return this;
    }

    /**
     * Sets the speaker's age, from a primitive value.
     *
     * @param age the age in years
     * @return this builder
     */
    public Builder age(int age) {
      return age(Integer.valueOf(age));
    }

    /**
     * Sets free tags to find the voice by.
     *
     * @param tags the tags, copied; null for none
     * @return this builder
     */
    public Builder tags(@Nullable List<String> tags) {
      this.tags = tags == null ? null : List.copyOf(tags);
      return this;
    }

    /**
     * Sets a display color for the voice.
     *
     * @param color the color, such as {@code #3366ff}; null clears it
     * @return this builder
     */
    public Builder color(@Nullable String color) {
      this.color = color;
      return this;
    }

    /**
     * Sets the days' notice before the sample may be deleted.
     *
     * @param days the notice in days; null clears it, so the API's default (30) applies
     * @return this builder
     */
    public Builder retentionNotice(@Nullable Integer days) {
      this.retentionNotice = days;
      return this;
    }

    /**
     * Sets the days' notice before the sample may be deleted, from a primitive value.
     *
     * @param days the notice in days
     * @return this builder
     */
    public Builder retentionNotice(int days) {
      return retentionNotice(Integer.valueOf(days));
    }

    /**
     * Uses the audio file at a path as the sample, under its own file name; the file is read when
     * the request is sent.
     *
     * @param sample the audio file, such as {@code narrator.wav}
     * @return this builder
     * @throws IllegalArgumentException when the path names no file (a root)
     */
    public Builder sample(Path sample) {
      Objects.requireNonNull(sample, "sample");
      Path name = sample.getFileName();
      if (name == null) {
        throw new IllegalArgumentException("The sample path " + sample + " names no file");
      }
      return sample(new FileSystemResource(sample), name.toString());
    }

    /**
     * Uses a resource's content as the sample, under its own file name if it has one; the resource
     * is read when the request is sent.
     *
     * @param sample the sample's content
     * @return this builder
     */
    public Builder sample(Resource sample) {
      Objects.requireNonNull(sample, "sample");
      return sample(sample, sample.getFilename());
    }

    /**
     * Uses a resource's content as the sample, under the given file name; the resource is read when
     * the request is sent.
     *
     * @param sample the sample's content
     * @param filename the file name whose extension tells the API the format, such as {@code
     *     narrator.wav}; null to send none
     * @return this builder
     */
    public Builder sample(Resource sample, @Nullable String filename) {
      this.sample = Objects.requireNonNull(sample, "sample");
      this.sampleBase64 = null;
      this.sampleFilename = filename;
      return this;
    }

    /**
     * Uses what a stream holds as the sample; the stream is read once, when the request is sent,
     * and closed.
     *
     * @param sample the stream of the sample's content
     * @param filename the file name whose extension tells the API the format; null to send none
     * @return this builder
     */
    public Builder sample(InputStream sample, @Nullable String filename) {
      Objects.requireNonNull(sample, "sample");
      return sample(new InputStreamResource(sample), filename);
    }

    /**
     * Uses these bytes as the sample.
     *
     * @param sample the sample's content, not copied: leave it unchanged until the request is sent
     * @param filename the file name whose extension tells the API the format; null to send none
     * @return this builder
     */
    public Builder sample(byte[] sample, @Nullable String filename) {
      Objects.requireNonNull(sample, "sample");
      return sample(new ByteArrayResource(sample), filename);
    }

    /**
     * Uses a sample already base64-encoded, sent as it is.
     *
     * @param sample the sample, base64-encoded
     * @param filename the file name whose extension tells the API the format; null to send none
     * @return this builder
     */
    public Builder sampleBase64(String sample, @Nullable String filename) {
      this.sampleBase64 = Objects.requireNonNull(sample, "sample");
      this.sample = null;
      this.sampleFilename = filename;
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
     * Builds the request; reads nothing, the sample is read when the request is sent.
     *
     * @return the request, with the options left unset absent
     * @throws IllegalStateException when the name is missing or blank, or the sample is missing
     */
    public VoiceCreateRequest build() {
      if (name == null || name.isBlank()) {
        throw new IllegalStateException(
            "VoiceCreateRequest.name is required: set it with builder().name(\"Narrator\")");
      }
      if (sample == null && sampleBase64 == null) {
        throw new IllegalStateException(
            "A VoiceCreateRequest needs a sample of the voice: sample(Path), sample(Resource),"
                + " sample(InputStream, \"name.wav\"), sample(bytes, \"name.wav\") or"
                + " sampleBase64(text, \"name.wav\")");
      }
      return new VoiceCreateRequestValue(
          name,
          slug,
          languages,
          gender,
          age,
          tags,
          color,
          retentionNotice,
          sample,
          sampleBase64,
          sampleFilename,
          extraBody);
    }
  }
}
