package io.github.mistralspring.client.audio.transcriptions;

import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * A request to transcribe audio (the spec's {@code AudioTranscriptionRequest}, sent as {@code
 * multipart/form-data}); build one with {@link #builder()}.
 *
 * <p>The audio is one of: a file sent with the request (from a {@link Path}, a {@link Resource}, an
 * {@link InputStream} or bytes; streamed, never held in memory whole), the URL of a file the API
 * fetches itself, or the id of a file uploaded to the Files API. Unset fields are left out of the
 * form, so the API applies its defaults. A request that names no model gets the client's default
 * transcription model ({@code voxtral-mini-latest} unless configured otherwise). Whether the
 * transcription is streamed is decided by the operation called ({@code create} or {@code stream}),
 * not by the request. Its {@code toString} names the audio, never its content.
 *
 * <p>The endpoint serves transcription models only ({@code voxtral-mini-latest}, {@code
 * voxtral-mini-2507}, {@code voxtral-mini-2602}); a chat model that understands audio, such as
 * {@code voxtral-small-latest}, is refused by it.
 */
public sealed interface TranscriptionRequest permits TranscriptionRequestValue {

  /**
   * The transcription model, such as {@code voxtral-mini-latest}.
   *
   * @return the model's name, or null for the client's default transcription model
   */
  @Nullable String model();

  /**
   * The audio sent with the request, as the form's {@code file} part.
   *
   * @return the audio's content, or null when the audio is named by URL or file id
   */
  @Nullable Resource file();

  /**
   * The file name sent with the audio, whose extension tells the API its format.
   *
   * @return the file name, such as {@code call.mp3}, or null when no audio is sent with the request
   */
  @Nullable String filename();

  /**
   * The URL of the audio, which the API fetches itself (the spec's {@code file_url}).
   *
   * @return the URL, or null when the audio is sent with the request or named by file id
   */
  @Nullable String fileUrl();

  /**
   * The id of the audio file uploaded to the Files API (the spec's {@code file_id}).
   *
   * @return the file's id, or null when the audio is sent with the request or named by URL
   */
  @Nullable String fileId();

  /**
   * The language of the audio as a two-letter code, such as {@code en}.
   *
   * @return the language, or null to let the model tell it
   */
  @Nullable String language();

  /**
   * The sampling temperature.
   *
   * @return the temperature, or null for the API's default
   */
  @Nullable Double temperature();

  /**
   * Whether to tell the speakers apart (each segment then names its speaker).
   *
   * @return true to tell them apart, or null for the API's default (no)
   */
  @Nullable Boolean diarize();

  /**
   * Words and names to bias the transcription towards, such as spellings and jargon (the spec's
   * {@code context_bias}).
   *
   * @return the terms, read-only; empty for none
   */
  List<String> contextBias();

  /**
   * The timestamps asked for (the spec's {@code timestamp_granularities}).
   *
   * @return the granularities, read-only; empty for the API's default
   */
  List<TimestampGranularity> timestampGranularities();

  /**
   * Form fields this client does not model, sent as they are.
   *
   * @return the extra fields by name, read-only; empty when there are none
   */
  Map<String, String> extraFields();

  /**
   * Returns a request to transcribe the audio file at a path, with the client's default model.
   *
   * @param audio the audio file, sent under its own file name and streamed as the request is sent
   * @return the request
   * @throws IllegalArgumentException when the path names no file (a root)
   */
  static TranscriptionRequest of(Path audio) {
    return builder().file(audio).build();
  }

  /**
   * Returns a builder for a new request.
   *
   * @return a builder with no audio and every option unset
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
   * Builds a {@link TranscriptionRequest}. The audio is set by one of the {@code file}, {@code
   * fileUrl} and {@code fileId} methods; the last one called wins. Not thread-safe.
   */
  final class Builder {

    private static final Pattern LANGUAGE = Pattern.compile("\\w{2}");
    private static final Pattern CONTEXT_TERM = Pattern.compile("[^,\\s]+");

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

    Builder() {}

    Builder(TranscriptionRequest request) {
      model = request.model();
      file = request.file();
      filename = request.filename();
      fileUrl = request.fileUrl();
      fileId = request.fileId();
      language = request.language();
      temperature = request.temperature();
      diarize = request.diarize();
      contextBias.addAll(request.contextBias());
      timestampGranularities.addAll(request.timestampGranularities());
      extraFields.putAll(request.extraFields());
    }

    /**
     * Sets the transcription model. Chat models that understand audio ({@code
     * voxtral-small-latest}) are refused by this endpoint.
     *
     * @param model the model's name, such as {@code voxtral-mini-latest}; null clears it, so the
     *     client's default transcription model is used
     * @return this builder
     */
    public Builder model(@Nullable String model) {
      this.model = model;
      return this;
    }

    /**
     * Sends the audio file at a path, under its own name; streamed as the request is sent.
     *
     * @param audio the audio file, such as {@code call.mp3}
     * @return this builder
     * @throws IllegalArgumentException when the path names no file (a root)
     */
    public Builder file(Path audio) {
      Objects.requireNonNull(audio, "audio");
      Path name = audio.getFileName();
      if (name == null) {
        throw new IllegalArgumentException("The audio path " + audio + " names no file");
      }
      return source(new FileSystemResource(audio), name.toString(), null, null);
    }

    /**
     * Sends a resource's content under its own file name, which it must have.
     *
     * @param audio the audio's content, streamed as the request is sent
     * @return this builder
     * @throws IllegalArgumentException when the resource has no file name
     */
    public Builder file(Resource audio) {
      Objects.requireNonNull(audio, "audio");
      return file(audio, audio.getFilename());
    }

    /**
     * Sends a resource's content under the given file name. A resource that can be read only once
     * ({@link Resource#isOpen()}) is never sent twice: once anything of the request was sent, a
     * failure is passed on, not retried.
     *
     * @param audio the audio's content, streamed as the request is sent
     * @param filename the file name whose extension tells the API the format, such as {@code
     *     call.mp3}; required
     * @return this builder
     * @throws IllegalArgumentException when the file name is null or blank
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
     *
     * @param audio the stream of the audio's content
     * @param filename the file name whose extension tells the API the format, such as {@code
     *     call.mp3}
     * @return this builder
     * @throws IllegalArgumentException when the file name is blank
     */
    public Builder file(InputStream audio, String filename) {
      Objects.requireNonNull(audio, "audio");
      // A plain InputStreamResource: asking it for its length would read it whole.
      return file(new InputStreamResource(audio), filename);
    }

    /**
     * Sends these bytes under the given file name.
     *
     * @param audio the audio's content, not copied: leave it unchanged until the request is sent
     * @param filename the file name whose extension tells the API the format, such as {@code
     *     call.mp3}
     * @return this builder
     * @throws IllegalArgumentException when the file name is blank
     */
    public Builder file(byte[] audio, String filename) {
      Objects.requireNonNull(audio, "audio");
      return file(new ByteArrayResource(audio), filename);
    }

    /**
     * Names the audio by a URL the API fetches itself.
     *
     * @param url the URL of the audio file; it must be reachable from the API
     * @return this builder
     * @throws IllegalArgumentException when the URL is blank
     */
    public Builder fileUrl(String url) {
      Objects.requireNonNull(url, "url");
      if (url.isBlank()) {
        throw new IllegalArgumentException("The audio URL is blank: pass the URL of the file");
      }
      return source(null, null, url, null);
    }

    /**
     * Names the audio by a URL the API fetches itself.
     *
     * @param url the URL of the audio file; it must be reachable from the API
     * @return this builder
     */
    public Builder fileUrl(URI url) {
      Objects.requireNonNull(url, "url");
      return fileUrl(url.toString());
    }

    /**
     * Names the audio by the id of a file uploaded to the Files API (purpose {@code audio}).
     *
     * @param fileId the uploaded file's id
     * @return this builder
     * @throws IllegalArgumentException when the id is blank
     */
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
     * Sets the language of the audio, which can make the transcription more accurate.
     *
     * @param language a two-letter code such as {@code en}; null clears it, so the model tells the
     *     language itself
     * @return this builder
     * @throws IllegalArgumentException when the language is not two letters
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

    /**
     * Sets the sampling temperature.
     *
     * @param temperature the temperature; null clears it, so the API's default applies
     * @return this builder
     */
    public Builder temperature(@Nullable Double temperature) {
      this.temperature = temperature;
      return this;
    }

    /**
     * Sets the sampling temperature, from a primitive value: {@code temperature(0)} needs no cast.
     *
     * @param temperature the temperature
     * @return this builder
     */
    public Builder temperature(double temperature) {
      return temperature(Double.valueOf(temperature));
    }

    /**
     * Sets whether to tell the speakers apart (each segment then names its speaker).
     *
     * @param diarize true to tell them apart; null clears it, so the API's default (no) applies
     * @return this builder
     */
    public Builder diarize(@Nullable Boolean diarize) {
      this.diarize = diarize;
      return this;
    }

    /**
     * Sets whether to tell the speakers apart, from a primitive value.
     *
     * @param diarize true to tell them apart
     * @return this builder
     */
    public Builder diarize(boolean diarize) {
      return diarize(Boolean.valueOf(diarize));
    }

    /**
     * Sets the words and names to bias the transcription towards, replacing any set before.
     *
     * @param terms the terms, each one word or name without spaces or commas, such as {@code
     *     Voxtral}; empty for none
     * @return this builder
     * @throws IllegalArgumentException when a term is null or holds a space or a comma
     */
    public Builder contextBias(List<String> terms) {
      Objects.requireNonNull(terms, "terms");
      contextBias.clear();
      terms.forEach(this::addContextBias);
      return this;
    }

    /**
     * Adds words and names to bias the transcription towards, after any added before.
     *
     * @param terms the terms, each one word or name without spaces or commas, such as {@code
     *     Voxtral}
     * @return this builder
     * @throws IllegalArgumentException when a term is null or holds a space or a comma
     */
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

    /**
     * Sets the timestamps to include, replacing any set before.
     *
     * @param granularities the granularities, such as {@link TimestampGranularity#SEGMENT}; empty
     *     for the API's default
     * @return this builder
     * @throws NullPointerException when the list or one of its values is null
     */
    public Builder timestampGranularities(List<TimestampGranularity> granularities) {
      Objects.requireNonNull(granularities, "granularities");
      timestampGranularities.clear();
      granularities.forEach(
          granularity ->
              timestampGranularities.add(Objects.requireNonNull(granularity, "granularity")));
      return this;
    }

    /**
     * Sets the timestamps to include, replacing any set before.
     *
     * @param granularities the granularities, such as {@link TimestampGranularity#SEGMENT}; none
     *     for the API's default
     * @return this builder
     */
    public Builder timestampGranularities(TimestampGranularity... granularities) {
      return timestampGranularities(List.of(granularities));
    }

    /**
     * Adds a form field this client does not model yet, sent as it is.
     *
     * @param name the field's name as the API spells it
     * @param value the field's value, sent as text
     * @return this builder
     * @throws NullPointerException when the name or the value is null
     */
    public Builder extraField(String name, String value) {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, "value");
      extraFields.put(name, value);
      return this;
    }

    /**
     * Builds the request; reads nothing, the audio is read as the request is sent.
     *
     * @return the request, with the options left unset absent
     * @throws IllegalStateException when no audio was given
     */
    public TranscriptionRequest build() {
      if (file == null && fileUrl == null && fileId == null) {
        throw new IllegalStateException(
            "A TranscriptionRequest needs the audio to transcribe: file(Path), file(Resource),"
                + " file(InputStream, \"name.mp3\"), file(bytes, \"name.mp3\"), fileUrl(url) or"
                + " fileId(id)");
      }
      return new TranscriptionRequestValue(
          model,
          file,
          filename,
          fileUrl,
          fileId,
          language,
          temperature,
          diarize,
          contextBias,
          timestampGranularities,
          extraFields);
    }
  }
}
