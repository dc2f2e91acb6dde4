package io.github.mistralspring.client.audio.voices;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
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
 * A request to create a voice from a sample of speech (spec {@code VoiceCreateRequest}); build one
 * with {@link #builder()}.
 *
 * <p>The API takes the sample base64-encoded inside the JSON body, so it is read into memory when
 * the request is sent (off the event loop); a sample is a few seconds of speech. Reading a path, a
 * resource or a stream is left until then, so building a request does no I/O.
 */
public final class VoiceCreateRequest {

  private final String name;
  private final @Nullable String slug;
  private final List<String> languages;
  private final @Nullable String gender;
  private final @Nullable Integer age;
  private final @Nullable List<String> tags;
  private final @Nullable String color;
  private final @Nullable Integer retentionNotice;
  private final @Nullable Resource sample;
  private final @Nullable String sampleBase64;
  private final @Nullable String sampleFilename;
  private final Map<String, Object> extraBody;

  private VoiceCreateRequest(Builder builder) {
    this.name = Objects.requireNonNull(builder.name);
    this.slug = builder.slug;
    this.languages = List.copyOf(builder.languages);
    this.gender = builder.gender;
    this.age = builder.age;
    this.tags = builder.tags == null ? null : List.copyOf(builder.tags);
    this.color = builder.color;
    this.retentionNotice = builder.retentionNotice;
    this.sample = builder.sample;
    this.sampleBase64 = builder.sampleBase64;
    this.sampleFilename = builder.sampleFilename;
    this.extraBody = Collections.unmodifiableMap(new LinkedHashMap<>(builder.extraBody));
  }

  /** A request to create a voice of this name from the sample at a path. */
  public static VoiceCreateRequest of(String name, Path sample) {
    return builder().name(name).sample(sample).build();
  }

  /** Returns a builder for a new request. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder that starts from this request's values. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.name = name;
    builder.slug = slug;
    builder.languages.addAll(languages);
    builder.gender = gender;
    builder.age = age;
    builder.tags = tags == null ? null : new ArrayList<>(tags);
    builder.color = color;
    builder.retentionNotice = retentionNotice;
    builder.sample = sample;
    builder.sampleBase64 = sampleBase64;
    builder.sampleFilename = sampleFilename;
    builder.extraBody.putAll(extraBody);
    return builder;
  }

  /** The voice's name. */
  public String name() {
    return name;
  }

  /** A short name for the voice, or null. */
  public @Nullable String slug() {
    return slug;
  }

  /** The languages the voice speaks; empty when not told. */
  public List<String> languages() {
    return languages;
  }

  /** The voice's gender, or null. */
  public @Nullable String gender() {
    return gender;
  }

  /** The speaker's age, or null. */
  public @Nullable Integer age() {
    return age;
  }

  /** Free tags, or null for none. */
  public @Nullable List<String> tags() {
    return tags;
  }

  /** A display color, or null. */
  public @Nullable String color() {
    return color;
  }

  /** The days' notice before the sample may be deleted, or null for the API's default (30). */
  public @Nullable Integer retentionNotice() {
    return retentionNotice;
  }

  /** The sample's file name, which tells the API its format, or null. */
  public @Nullable String sampleFilename() {
    return sampleFilename;
  }

  /** Body properties this client does not model, written as top-level fields. */
  public Map<String, Object> extraBody() {
    return extraBody;
  }

  /**
   * The body as the API takes it, the sample read and base64-encoded; reads a path, resource or
   * stream, so it is called off the event loop, once per call.
   */
  public Object toBody() {
    String audio = sampleBase64;
    if (audio == null) {
      Resource content = Objects.requireNonNull(sample);
      try (InputStream in = content.getInputStream()) {
        audio = Base64.getEncoder().encodeToString(in.readAllBytes());
      } catch (IOException failure) {
        throw new UncheckedIOException(
            "Could not read the voice sample " + content.getDescription(), failure);
      }
    }
    return new VoiceCreateBody(
        name,
        slug,
        languages.isEmpty() ? null : languages,
        gender,
        age,
        tags,
        color,
        retentionNotice,
        audio,
        sampleFilename,
        extraBody);
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

  /** Builds a {@link VoiceCreateRequest}; not thread-safe. */
  public static final class Builder {

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

    private Builder() {}

    /** Sets the voice's name; required. */
    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name");
      return this;
    }

    /** Sets a short name for the voice. */
    public Builder slug(@Nullable String slug) {
      this.slug = slug;
      return this;
    }

    /** Sets the languages the voice speaks, as codes such as {@code en}, replacing any before. */
    public Builder languages(List<String> languages) {
      Objects.requireNonNull(languages, "languages");
      this.languages.clear();
      languages.forEach(language -> this.languages.add(Objects.requireNonNull(language)));
      return this;
    }

    /** Sets the languages the voice speaks. */
    public Builder languages(String... languages) {
      return languages(List.of(languages));
    }

    /** Sets the voice's gender. */
    public Builder gender(@Nullable String gender) {
      this.gender = gender;
      return this;
    }

    /** Sets the speaker's age. */
    public Builder age(@Nullable Integer age) {
      this.age = age;
      return this;
    }

    /** Sets the speaker's age. */
    public Builder age(int age) {
      return age(Integer.valueOf(age));
    }

    /** Sets free tags; null for none. */
    public Builder tags(@Nullable List<String> tags) {
      this.tags = tags == null ? null : new ArrayList<>(tags);
      return this;
    }

    /** Sets a display color. */
    public Builder color(@Nullable String color) {
      this.color = color;
      return this;
    }

    /** Sets the days' notice before the sample may be deleted; null for the API's default. */
    public Builder retentionNotice(@Nullable Integer days) {
      this.retentionNotice = days;
      return this;
    }

    /** Sets the days' notice before the sample may be deleted. */
    public Builder retentionNotice(int days) {
      return retentionNotice(Integer.valueOf(days));
    }

    /** Uses the audio file at a path as the sample, under its own file name. */
    public Builder sample(Path sample) {
      Objects.requireNonNull(sample, "sample");
      Path name = sample.getFileName();
      if (name == null) {
        throw new IllegalArgumentException("The sample path " + sample + " names no file");
      }
      return sample(new FileSystemResource(sample), name.toString());
    }

    /** Uses a resource's content as the sample, under its own file name if it has one. */
    public Builder sample(Resource sample) {
      Objects.requireNonNull(sample, "sample");
      return sample(sample, sample.getFilename());
    }

    /** Uses a resource's content as the sample, under the given file name (null for none). */
    public Builder sample(Resource sample, @Nullable String filename) {
      this.sample = Objects.requireNonNull(sample, "sample");
      this.sampleBase64 = null;
      this.sampleFilename = filename;
      return this;
    }

    /**
     * Uses what a stream holds as the sample; the stream is read once, when the request is sent,
     * and closed.
     */
    public Builder sample(InputStream sample, @Nullable String filename) {
      Objects.requireNonNull(sample, "sample");
      return sample(new InputStreamResource(sample), filename);
    }

    /** Uses these bytes as the sample. */
    public Builder sample(byte[] sample, @Nullable String filename) {
      Objects.requireNonNull(sample, "sample");
      return sample(new ByteArrayResource(sample), filename);
    }

    /** Uses a sample already base64-encoded. */
    public Builder sampleBase64(String sample, @Nullable String filename) {
      this.sampleBase64 = Objects.requireNonNull(sample, "sample");
      this.sample = null;
      this.sampleFilename = filename;
      return this;
    }

    /** Adds a body property this client does not model yet, sent as a top-level field. */
    public Builder extraBody(String name, Object value) {
      extraBody.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /**
     * Builds the request.
     *
     * @throws IllegalArgumentException when the name or the sample is missing
     */
    public VoiceCreateRequest build() {
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("A VoiceCreateRequest needs a name: name(\"Narrator\")");
      }
      if (sample == null && sampleBase64 == null) {
        throw new IllegalArgumentException(
            "A VoiceCreateRequest needs a sample of the voice: sample(Path), sample(Resource),"
                + " sample(InputStream, \"name.wav\") or sample(bytes, \"name.wav\")");
      }
      return new VoiceCreateRequest(this);
    }
  }
}
