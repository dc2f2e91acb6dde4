package io.github.mistralspring.client.audio.speech;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A request for speech (spec {@code SpeechRequest}): the text to speak, and the voice to speak it
 * in, a saved one ({@link Builder#voiceId}) or one cloned from a reference clip ({@link
 * Builder#refAudio}); build one with {@link #builder()}. Unset fields are left out, so the API
 * applies its defaults (its default model, MP3).
 */
@JsonPropertyOrder({"model", "input", "voice_id", "ref_audio", "response_format"})
public final class SpeechRequest {

  private final @Nullable String model;
  private final String input;
  private final @Nullable String voiceId;
  private final @Nullable String refAudio;
  private final @Nullable SpeechFormat responseFormat;
  private final Map<String, Object> extraBody;

  private SpeechRequest(Builder builder) {
    this.model = builder.model;
    this.input = Objects.requireNonNull(builder.input);
    this.voiceId = builder.voiceId;
    this.refAudio = builder.refAudio;
    this.responseFormat = builder.responseFormat;
    this.extraBody = Collections.unmodifiableMap(new LinkedHashMap<>(builder.extraBody));
  }

  /** A request to speak a text in a saved voice, with the API's default model and format. */
  public static SpeechRequest of(String input, String voiceId) {
    return builder().input(input).voiceId(voiceId).build();
  }

  /** Returns a builder for a new request. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder that starts from this request's values. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.model = model;
    builder.input = input;
    builder.voiceId = voiceId;
    builder.refAudio = refAudio;
    builder.responseFormat = responseFormat;
    builder.extraBody.putAll(extraBody);
    return builder;
  }

  /** The speech model, such as {@code voxtral-mini-tts-2603}, or null for the API's default. */
  @JsonProperty("model")
  public @Nullable String model() {
    return model;
  }

  /** The text to speak. */
  @JsonProperty("input")
  public String input() {
    return input;
  }

  /** The saved or preset voice to speak in, or null. */
  @JsonProperty("voice_id")
  public @Nullable String voiceId() {
    return voiceId;
  }

  /** The reference clip to clone a voice from, base64-encoded, or null. */
  @JsonProperty("ref_audio")
  public @Nullable String refAudio() {
    return refAudio;
  }

  /** The audio format, or null for the API's default (MP3). */
  @JsonProperty("response_format")
  public @Nullable SpeechFormat responseFormat() {
    return responseFormat;
  }

  /** Body properties this client does not model, written as top-level fields. */
  @JsonAnyGetter
  public Map<String, Object> extraBody() {
    return extraBody;
  }

  /** Names the fields, never the reference clip's content. */
  @Override
  public String toString() {
    return "SpeechRequest[model="
        + model
        + ", input="
        + input.length()
        + " characters"
        + (voiceId != null ? ", voiceId=" + voiceId : "")
        + (refAudio != null ? ", refAudio=" + refAudio.length() + " base64 characters" : "")
        + (responseFormat != null ? ", responseFormat=" + responseFormat : "")
        + (extraBody.isEmpty() ? "" : ", extraBody=" + extraBody.keySet())
        + "]";
  }

  /** Builds a {@link SpeechRequest}; not thread-safe. */
  public static final class Builder {

    private @Nullable String model;
    private @Nullable String input;
    private @Nullable String voiceId;
    private @Nullable String refAudio;
    private @Nullable SpeechFormat responseFormat;
    private final Map<String, Object> extraBody = new LinkedHashMap<>();

    private Builder() {}

    /** Sets the speech model, such as {@code voxtral-mini-tts-2603}; null for the API's default. */
    public Builder model(@Nullable String model) {
      this.model = model;
      return this;
    }

    /** Sets the text to speak; required. */
    public Builder input(String input) {
      this.input = Objects.requireNonNull(input, "input");
      return this;
    }

    /** Sets the saved or preset voice to speak in, by its id. */
    public Builder voiceId(@Nullable String voiceId) {
      this.voiceId = voiceId;
      return this;
    }

    /**
     * Sets a reference clip to clone the voice from, for this request only (a few seconds of
     * speech); it is sent base64-encoded.
     */
    public Builder refAudio(byte[] clip) {
      Objects.requireNonNull(clip, "clip");
      return refAudioBase64(Base64.getEncoder().encodeToString(clip));
    }

    /** Sets a reference clip already base64-encoded; null for none. */
    public Builder refAudioBase64(@Nullable String clip) {
      this.refAudio = clip;
      return this;
    }

    /** Sets the audio format, such as {@link SpeechFormat#WAV}; null for the API's default. */
    public Builder responseFormat(@Nullable SpeechFormat format) {
      this.responseFormat = format;
      return this;
    }

    /** Adds a body property this client does not model yet, sent as a top-level field. */
    public Builder extraBody(String name, Object value) {
      Objects.requireNonNull(name, "name");
      if (name.equals("stream")) {
        throw new IllegalArgumentException(
            "stream is set by the operation called: use speech().stream(..) for streamed audio");
      }
      extraBody.put(name, Objects.requireNonNull(value, "value"));
      return this;
    }

    /**
     * Builds the request.
     *
     * @throws IllegalStateException when there is no text to speak
     */
    public SpeechRequest build() {
      if (input == null || input.isBlank()) {
        throw new IllegalStateException(
            "A SpeechRequest needs the text to speak: input(\"Hello!\")");
      }
      return new SpeechRequest(this);
    }
  }
}
