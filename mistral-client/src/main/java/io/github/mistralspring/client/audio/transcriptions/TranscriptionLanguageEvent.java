package io.github.mistralspring.client.audio.transcriptions;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The language the audio is in, as soon as the model has told it (spec {@code
 * TranscriptionStreamLanguage}).
 *
 * @param type {@value #TYPE}
 * @param audioLanguage the language, as a two-letter code such as {@code en}
 */
public record TranscriptionLanguageEvent(
    @Nullable String type, @JsonProperty("audio_language") String audioLanguage)
    implements TranscriptionStreamEvent {

  /** The event's type. */
  public static final String TYPE = "transcription.language";
}
