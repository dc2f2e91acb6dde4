package io.github.mistralspring.client.audio.transcriptions;

import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;

/**
 * A request to transcribe audio (spec {@code AudioTranscriptionRequest}, sent as {@code
 * multipart/form-data}); build one with {@link #builder()}.
 *
 * <p>The audio is one of: a file sent with the request (from a {@link Path}, a {@link Resource}, an
 * {@link InputStream} or bytes; streamed, never held in memory whole), the URL of a file the API
 * fetches itself, or the id of a file uploaded to the Files API. Unset fields are left out, so the
 * API applies its defaults. A request that names no model gets the client's default transcription
 * model ({@code voxtral-mini-latest} unless configured otherwise).
 *
 * <p>The endpoint serves transcription models only ({@code voxtral-mini-latest}, {@code
 * voxtral-mini-2507}, {@code voxtral-mini-2602}); a chat model that understands audio, such as
 * {@code voxtral-small-latest}, is refused by it.
 */
public final class TranscriptionRequest {

  private static final Pattern LANGUAGE = Pattern.compile("\\w{2}");
  private static final Pattern CONTEXT_TERM = Pattern.compile("[^,\\s]+");

  private final @Nullable String model;
  private final @Nullable Resource file;
  private final @Nullable String filename;
  private final @Nullable String fileUrl;
  private final @Nullable String fileId;
  private final @Nullable String language;
  private final @Nullable Double temperature;
  private final @Nullable Boolean diarize;
  private final List<String> contextBias;
  private final List<TimestampGranularity> timestampGranularities;
  private final Map<String, String> extraFields;

  private TranscriptionRequest(Builder builder) {
    this.model = builder.model;
    this.file = builder.file;
    this.filename = builder.filename;
    this.fileUrl = builder.fileUrl;
    this.fileId = builder.fileId;
    this.language = builder.language;
    this.temperature = builder.temperature;
    this.diarize = builder.diarize;
    this.contextBias = List.copyOf(builder.contextBias);
    this.timestampGranularities = List.copyOf(builder.timestampGranularities);
    this.extraFields = Collections.unmodifiableMap(new LinkedHashMap<>(builder.extraFields));
  }

  /** A request to transcribe the audio file at a path, with the client's default model. */
  public static TranscriptionRequest of(Path audio) {
    return builder().file(audio).build();
  }

  /** Returns a builder for a new request. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder that starts from this request's values. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.model = model;
    builder.file = file;
    builder.filename = filename;
    builder.fileUrl = fileUrl;
    builder.fileId = fileId;
    builder.language = language;
    builder.temperature = temperature;
    builder.diarize = diarize;
    builder.contextBias.addAll(contextBias);
    builder.timestampGranularities.addAll(timestampGranularities);
    builder.extraFields.putAll(extraFields);
    return builder;
  }

  /** The model, or null for the client's default transcription model. */
  public @Nullable String model() {
    return model;
  }

  /** The audio sent with the request, or null when it is named by URL or file id. */
  public @Nullable Resource file() {
    return file;
  }

  /** The file name sent with the audio, or null when no audio is sent with the request. */
  public @Nullable String filename() {
    return filename;
  }

  /** The URL of the audio, which the API fetches itself, or null. */
  public @Nullable String fileUrl() {
    return fileUrl;
  }

  /** The id of the audio file uploaded to the Files API, or null. */
  public @Nullable String fileId() {
    return fileId;
  }

  /** The language of the audio as a two-letter code, or null to let the model tell it. */
  public @Nullable String language() {
    return language;
  }

  /** The sampling temperature, or null for the API's default. */
  public @Nullable Double temperature() {
    return temperature;
  }

  /** Whether to tell the speakers apart, or null for the API's default (no). */
  public @Nullable Boolean diarize() {
    return diarize;
  }

  /** Words and names to bias the transcription towards (spelling, jargon); empty for none. */
  public List<String> contextBias() {
    return contextBias;
  }

  /** The timestamps asked for; empty for the API's default. */
  public List<TimestampGranularity> timestampGranularities() {
    return timestampGranularities;
  }

  /** Form fields this client does not model, sent as they are. */
  public Map<String, String> extraFields() {
    return extraFields;
  }

  /** Names the fields that are set, never the audio's content. */
  @Override
  public String toString() {
    return "TranscriptionRequest[model="
        + model
        + (file != null ? ", file=" + filename : "")
        + (fileUrl != null ? ", fileUrl=" + fileUrl : "")
        + (fileId != null ? ", fileId=" + fileId : "")
        + (language != null ? ", language=" + language : "")
        + (temperature != null ? ", temperature=" + temperature : "")
        + (diarize != null ? ", diarize=" + diarize : "")
        + (contextBias.isEmpty() ? "" : ", contextBias=" + contextBias)
        + (timestampGranularities.isEmpty()
            ? ""
            : ", timestampGranularities=" + timestampGranularities)
        + (extraFields.isEmpty() ? "" : ", extraFields=" + extraFields.keySet())
        + "]";
  }

  /**
   * Builds a {@link TranscriptionRequest}. The audio is set by one of the {@code file}, {@code
   * fileUrl} and {@code fileId} methods; the last one called wins. Not thread-safe.
   */
  public static final class Builder {

    private @Nullable String model;
    private @Nullable Resource file;
    private @Nullable String filename;
    private @Nullable String fileUrl;
    private @Nullable String fileId;
    private @Nullable String language;
    private @Nullable Double temperature;
    private @Nullable Boolean diarize;
    private final List<String> contextBias = new ArrayList<>();
    private final List<TimestampGranularity> timestampGranularities = new ArrayList<>();
    private final Map<String, String> extraFields = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets the transcription model, such as {@code voxtral-mini-latest}; null for the client's
     * default. Chat models that understand audio ({@code voxtral-small-latest}) are refused by this
     * endpoint.
     */
    public Builder model(@Nullable String model) {
      this.model = model;
      return this;
    }

    /** Sends the audio file at a path, under its own name; streamed as the request is sent. */
    public Builder file(Path audio) {
      Objects.requireNonNull(audio, "audio");
      Path name = audio.getFileName();
      if (name == null) {
        throw new IllegalArgumentException("The audio path " + audio + " names no file");
      }
      return source(new FileSystemResource(audio), name.toString(), null, null);
    }

    /** Sends a resource's content under its own file name, which it must have. */
    public Builder file(Resource audio) {
      Objects.requireNonNull(audio, "audio");
      return file(audio, audio.getFilename());
    }

    /**
     * Sends a resource's content under the given file name (its extension tells the API the format,
     * such as {@code call.mp3}). A resource that can be read only once ({@link Resource#isOpen()})
     * is never sent twice: once anything of the request was sent, a failure is passed on, not
     * retried.
     */
    public Builder file(Resource audio, @Nullable String filename) {
      Objects.requireNonNull(audio, "audio");
      if (filename == null || filename.isBlank()) {
        throw new IllegalArgumentException(
            "A file name is required for the audio "
                + audio.getDescription()
                + ": pass one, such as file(audio, \"call.mp3\")");
      }
      return source(audio, filename, null, null);
    }

    /**
     * Sends what a stream holds under the given file name. The stream is read once, as the request
     * is sent, and closed at its end; the request is never sent again once it started.
     */
    public Builder file(InputStream audio, String filename) {
      Objects.requireNonNull(audio, "audio");
      // A plain InputStreamResource: asking it for its length would read it whole.
      return file(new InputStreamResource(audio), filename);
    }

    /** Sends these bytes under the given file name. */
    public Builder file(byte[] audio, String filename) {
      Objects.requireNonNull(audio, "audio");
      return file(new ByteArrayResource(audio), filename);
    }

    /** Names the audio by a URL the API fetches itself (it must be reachable from the API). */
    public Builder fileUrl(String url) {
      Objects.requireNonNull(url, "url");
      if (url.isBlank()) {
        throw new IllegalArgumentException("The audio URL is blank: pass the URL of the file");
      }
      return source(null, null, url, null);
    }

    /** Names the audio by a URL the API fetches itself. */
    public Builder fileUrl(URI url) {
      Objects.requireNonNull(url, "url");
      return fileUrl(url.toString());
    }

    /** Names the audio by the id of a file uploaded to the Files API (purpose {@code audio}). */
    public Builder fileId(String fileId) {
      Objects.requireNonNull(fileId, "fileId");
      if (fileId.isBlank()) {
        throw new IllegalArgumentException("The audio file id is blank: pass the id of the file");
      }
      return source(null, null, null, fileId);
    }

    private Builder source(
        @Nullable Resource file,
        @Nullable String filename,
        @Nullable String fileUrl,
        @Nullable String fileId) {
      this.file = file;
      this.filename = filename;
      this.fileUrl = fileUrl;
      this.fileId = fileId;
      return this;
    }

    /**
     * Sets the language of the audio as a two-letter code such as {@code en}, which can make the
     * transcription more accurate; null to let the model tell it.
     */
    public Builder language(@Nullable String language) {
      if (language != null && !LANGUAGE.matcher(language).matches()) {
        throw new IllegalArgumentException(
            "The language must be a two-letter code such as \"en\" or \"fr\", was \""
                + language
                + "\"");
      }
      this.language = language;
      return this;
    }

    /** Sets the sampling temperature; null for the API's default. */
    public Builder temperature(@Nullable Double temperature) {
      this.temperature = temperature;
      return this;
    }

    /** Sets the sampling temperature. */
    public Builder temperature(double temperature) {
      return temperature(Double.valueOf(temperature));
    }

    /** Sets whether to tell the speakers apart (each segment then names its speaker). */
    public Builder diarize(@Nullable Boolean diarize) {
      this.diarize = diarize;
      return this;
    }

    /** Sets whether to tell the speakers apart. */
    public Builder diarize(boolean diarize) {
      return diarize(Boolean.valueOf(diarize));
    }

    /**
     * Sets the words and names to bias the transcription towards, replacing any set before; each is
     * one term without spaces or commas, such as {@code Voxtral}.
     */
    public Builder contextBias(List<String> terms) {
      Objects.requireNonNull(terms, "terms");
      contextBias.clear();
      terms.forEach(this::addContextBias);
      return this;
    }

    /** Adds words and names to bias the transcription towards. */
    public Builder addContextBias(String... terms) {
      for (String term : terms) {
        if (term == null || !CONTEXT_TERM.matcher(term).matches()) {
          throw new IllegalArgumentException(
              "A context bias term is one word or name without spaces or commas, such as"
                  + " \"Voxtral\"; was "
                  + (term == null ? "null" : "\"" + term + "\""));
        }
        contextBias.add(term);
      }
      return this;
    }

    /** Sets the timestamps to include, replacing any set before. */
    public Builder timestampGranularities(List<TimestampGranularity> granularities) {
      Objects.requireNonNull(granularities, "granularities");
      timestampGranularities.clear();
      granularities.forEach(
          granularity ->
              timestampGranularities.add(Objects.requireNonNull(granularity, "granularity")));
      return this;
    }

    /** Sets the timestamps to include, such as {@link TimestampGranularity#SEGMENT}. */
    public Builder timestampGranularities(TimestampGranularity... granularities) {
      return timestampGranularities(List.of(granularities));
    }

    /** Adds a form field this client does not model yet, sent as it is. */
    public Builder extraField(String name, String value) {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, "value");
      extraFields.put(name, value);
      return this;
    }

    /**
     * Builds the request.
     *
     * @throws IllegalArgumentException when no audio was given
     */
    public TranscriptionRequest build() {
      if (file == null && fileUrl == null && fileId == null) {
        throw new IllegalArgumentException(
            "A TranscriptionRequest needs the audio to transcribe: file(Path), file(Resource),"
                + " file(InputStream, \"name.mp3\"), file(bytes, \"name.mp3\"), fileUrl(url) or"
                + " fileId(id)");
      }
      return new TranscriptionRequest(this);
    }
  }
}
