package io.github.mistralspring.springai.audio;

import java.util.List;
import java.util.Objects;
import org.springframework.ai.audio.transcription.AudioTranscriptionOptions;

/**
 * The options of a {@link MistralTranscriptionModel} call: the transcription model, the language of
 * the audio, the temperature, speaker diarization, words to favour, and the file name the audio is
 * sent under. Every option left unset falls back to the model's default options, and then to the
 * API's own default (for the model, the client's {@code mistral.transcription.model}).
 */
public final class MistralTranscriptionOptions implements AudioTranscriptionOptions {

  private final String model;
  private final String language;
  private final Double temperature;
  private final Boolean diarize;
  private final List<String> contextBias;
  private final String filename;

  private MistralTranscriptionOptions(Builder builder) {
    this.model = builder.model;
    this.language = builder.language;
    this.temperature = builder.temperature;
    this.diarize = builder.diarize;
    this.contextBias = builder.contextBias == null ? null : List.copyOf(builder.contextBias);
    this.filename = builder.filename;
  }

  /** {@return a builder with nothing set} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return the transcription model, such as {@code voxtral-mini-latest}; null for the client's
   * default} Chat models that understand audio (voxtral-small-latest) are refused by this endpoint.
   */
  @Override
  public String getModel() {
    return model;
  }

  /** {@return the language of the audio as a two-letter code, such as {@code en}; or null} */
  public String getLanguage() {
    return language;
  }

  /** {@return the sampling temperature; null for the API's default} */
  public Double getTemperature() {
    return temperature;
  }

  /** {@return whether to tell the speakers apart; null for the API's default} */
  public Boolean getDiarize() {
    return diarize;
  }

  /** {@return words and phrases the transcript should favour; null for none set} */
  public List<String> getContextBias() {
    return contextBias;
  }

  /**
   * {@return the file name the audio is sent under when its resource has none (a {@code
   * ByteArrayResource}), or null} Its extension tells the API the format, such as {@code call.mp3}.
   */
  public String getFilename() {
    return filename;
  }

  /** These options, each unset one taken from {@code defaults}. */
  MistralTranscriptionOptions orElse(MistralTranscriptionOptions defaults) {
    Builder merged = new Builder();
    merged.model = model != null ? model : defaults.model;
    merged.language = language != null ? language : defaults.language;
    merged.temperature = temperature != null ? temperature : defaults.temperature;
    merged.diarize = diarize != null ? diarize : defaults.diarize;
    merged.contextBias = contextBias != null ? contextBias : defaults.contextBias;
    merged.filename = filename != null ? filename : defaults.filename;
    return new MistralTranscriptionOptions(merged);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof MistralTranscriptionOptions that
        && Objects.equals(model, that.model)
        && Objects.equals(language, that.language)
        && Objects.equals(temperature, that.temperature)
        && Objects.equals(diarize, that.diarize)
        && Objects.equals(contextBias, that.contextBias)
        && Objects.equals(filename, that.filename);
  }

  @Override
  public int hashCode() {
    return Objects.hash(model, language, temperature, diarize, contextBias, filename);
  }

  @Override
  public String toString() {
    return "MistralTranscriptionOptions[model="
        + model
        + ", language="
        + language
        + ", temperature="
        + temperature
        + ", diarize="
        + diarize
        + ", contextBias="
        + contextBias
        + ", filename="
        + filename
        + "]";
  }

  /** Builds {@link MistralTranscriptionOptions}. */
  public static final class Builder {

    private String model;
    private String language;
    private Double temperature;
    private Boolean diarize;
    private List<String> contextBias;
    private String filename;

    private Builder() {}

    /**
     * Sets the transcription model.
     *
     * @param model a transcription model such as {@code voxtral-mini-latest}, or null for the
     *     client's default
     * @return this builder
     */
    public Builder model(String model) {
      this.model = model;
      return this;
    }

    /**
     * Sets the language of the audio.
     *
     * @param language a two-letter code such as {@code en}, or null to detect it
     * @return this builder
     */
    public Builder language(String language) {
      this.language = language;
      return this;
    }

    /**
     * Sets the sampling temperature.
     *
     * @param temperature the temperature, or null for the API's default
     * @return this builder
     */
    public Builder temperature(Double temperature) {
      this.temperature = temperature;
      return this;
    }

    /**
     * Sets whether to tell the speakers apart.
     *
     * @param diarize true for speaker ids on the segments, or null for the API's default
     * @return this builder
     */
    public Builder diarize(Boolean diarize) {
      this.diarize = diarize;
      return this;
    }

    /**
     * Sets the words and phrases the transcript should favour.
     *
     * @param terms names and terms, such as {@code Voxtral}, or null for none
     * @return this builder
     */
    public Builder contextBias(List<String> terms) {
      this.contextBias = terms == null ? null : List.copyOf(terms);
      return this;
    }

    /**
     * Sets the file name for audio whose resource has none.
     *
     * @param filename a name such as {@code call.mp3}, whose extension tells the format
     * @return this builder
     */
    public Builder filename(String filename) {
      this.filename = filename;
      return this;
    }

    /** {@return the options} */
    public MistralTranscriptionOptions build() {
      return new MistralTranscriptionOptions(this);
    }
  }
}
