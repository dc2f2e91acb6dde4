package io.github.mistralspring.client.audio.speech;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A request for speech (the spec's {@code SpeechRequest}): the text to speak, and the voice to
 * speak it in, a saved one ({@link Builder#voiceId}) or one cloned from a reference clip ({@link
 * Builder#refAudio}); build one with {@link #builder()}.
 *
 * <p>Only {@code input} is required. An unset (null) field is left out of the JSON, so the API
 * applies its defaults (its default model, MP3). Whether the audio is streamed is decided by the
 * operation called ({@code create} or {@code stream}), not by the request. Its {@code toString}
 * tells the sizes of the text and of the reference clip, never their content.
 */
@JsonDeserialize(as = SpeechRequestValue.class)
public sealed interface SpeechRequest permits SpeechRequestValue {

  /**
   * The speech model, such as {@code voxtral-mini-tts-2603}.
   *
   * @return the model's name, or null for the API's default
   */
  @Nullable String model();

  /**
   * The text to speak.
   *
   * @return the text to speak, never null
   */
  String input();

  /**
   * The saved or preset voice to speak in (the spec's {@code voice_id}).
   *
   * @return the voice's id, or null when none is named
   */
  @Nullable String voiceId();

  /**
   * The reference clip to clone a voice from, for this request only (the spec's {@code ref_audio}).
   *
   * @return the clip, base64-encoded, or null when there is none
   */
  @Nullable String refAudio();

  /**
   * The audio format (the spec's {@code response_format}).
   *
   * @return the format, or null for the API's default ({@link SpeechFormat#MP3})
   */
  @Nullable SpeechFormat responseFormat();

  /**
   * Body properties this client does not model, written as top-level fields.
   *
   * @return the extra properties by name, read-only; empty when there are none
   */
  Map<String, Object> extraBody();

  /**
   * Returns a request to speak a text in a saved voice, with the API's default model and format.
   *
   * @param input the text to speak; not blank
   * @param voiceId the id of the saved or preset voice to speak in
   * @return the request
   * @throws IllegalStateException when the text is blank
   */
  static SpeechRequest of(String input, String voiceId) {
    return builder().input(input).voiceId(voiceId).build();
  }

  /**
   * Returns a builder for a new request.
   *
   * @return a builder with no text and every option unset
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

  /** Builds a {@link SpeechRequest}; not thread-safe. */
  final class Builder {

    private @Nullable String model;
    private @Nullable String input;
    private @Nullable String voiceId;
    private @Nullable String refAudio;
    private @Nullable SpeechFormat responseFormat;
    private final Map<String, Object> extraBody = new LinkedHashMap<>();

    Builder() {}

    Builder(SpeechRequest request) {
      model = request.model();
      input = request.input();
      voiceId = request.voiceId();
      refAudio = request.refAudio();
      responseFormat = request.responseFormat();
      extraBody.putAll(request.extraBody());
    }

    /**
     * Sets the speech model.
     *
     * @param model the model's name, such as {@code voxtral-mini-tts-2603}; null clears it, so the
     *     API's default model is used
     * @return this builder
     */
    public Builder model(@Nullable String model) {
      this.model = model;
      return this;
    }

    /**
     * Sets the text to speak; required.
     *
     * @param input the text; {@link #build()} refuses a blank one
     * @return this builder
     * @throws NullPointerException when the text is null
     */
    public Builder input(String input) {
      this.input = Objects.requireNonNull(input, "input");
      return this;
    }

    /**
     * Sets the saved or preset voice to speak in.
     *
     * @param voiceId the voice's id ({@code Voice.id()}); null clears it
     * @return this builder
     */
    public Builder voiceId(@Nullable String voiceId) {
      this.voiceId = voiceId;
      return this;
    }

    /**
     * Sets a reference clip to clone the voice from, for this request only; it is sent
     * base64-encoded.
     *
     * @param clip the clip's bytes, a few seconds of speech in a format the API reads (WAV, MP3)
     * @return this builder
     * @throws NullPointerException when the clip is null
     */
    public Builder refAudio(byte[] clip) {
      Objects.requireNonNull(clip, "clip");
      return refAudioBase64(Base64.getEncoder().encodeToString(clip));
    }

    /**
     * Sets a reference clip that is already base64-encoded.
     *
     * @param clip the clip, base64-encoded, sent as it is; null clears it
     * @return this builder
     */
    public Builder refAudioBase64(@Nullable String clip) {
      this.refAudio = clip;
      return this;
    }

    /**
     * Sets the audio format.
     *
     * @param format the format, such as {@link SpeechFormat#WAV}; null clears it, so the API's
     *     default ({@link SpeechFormat#MP3}) applies
     * @return this builder
     */
    public Builder responseFormat(@Nullable SpeechFormat format) {
      this.responseFormat = format;
      return this;
    }

    /**
     * Adds a body property this client does not model yet, sent as a top-level field.
     *
     * @param name the property's name as the API spells it; not {@code stream}, which the operation
     *     called sets
     * @param value the property's value, written as JSON
     * @return this builder
     * @throws NullPointerException when the name or the value is null
     * @throws IllegalArgumentException when the name is {@code stream}
     */
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
     * @return the request, with the options left unset absent
     * @throws IllegalStateException when there is no text to speak, or it is blank
     */
    public SpeechRequest build() {
      if (input == null || input.isBlank()) {
        throw new IllegalStateException(
            "SpeechRequest.input is required (the text to speak): set it with"
                + " builder().input(\"Hello!\")");
      }
      return new SpeechRequestValue(model, input, voiceId, refAudio, responseFormat, extraBody);
    }
  }
}
