package io.github.mistralspring.client.catalog;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.mistralspring.client.internal.values.ReadOnly;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a model can do; an absent flag is false.
 *
 * @param completionChat whether it serves chat completions
 * @param functionCalling whether it can call functions
 * @param completionFim whether it serves fill-in-the-middle completions
 * @param fineTuning whether it can be fine-tuned
 * @param vision whether it understands images
 * @param ocr whether it serves OCR
 * @param classification whether it serves classifications
 * @param moderation whether it serves moderations
 * @param audio whether it understands audio
 * @param audioTranscription whether it transcribes audio
 * @param other capability flags this client does not know yet, by JSON name; empty when none
 */
public record ModelCapabilities(
    @JsonProperty("completion_chat") boolean completionChat,
    @JsonProperty("function_calling") boolean functionCalling,
    @JsonProperty("completion_fim") boolean completionFim,
    @JsonProperty("fine_tuning") boolean fineTuning,
    boolean vision,
    boolean ocr,
    boolean classification,
    boolean moderation,
    boolean audio,
    @JsonProperty("audio_transcription") boolean audioTranscription,
    @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> other) {

  /**
   * Keeps the unknown flags read-only; an absent map becomes empty.
   *
   * @param completionChat whether it serves chat completions
   * @param functionCalling whether it can call functions
   * @param completionFim whether it serves fill-in-the-middle completions
   * @param fineTuning whether it can be fine-tuned
   * @param vision whether it understands images
   * @param ocr whether it serves OCR
   * @param classification whether it serves classifications
   * @param moderation whether it serves moderations
   * @param audio whether it understands audio
   * @param audioTranscription whether it transcribes audio
   * @param other capability flags this client does not know yet, by JSON name; empty when none
   */
  public ModelCapabilities {
    other = ReadOnly.map(other);
  }

  /**
   * Returns whether the model has the capability with the given JSON name, known to this client or
   * not; false when absent.
   *
   * @param name the capability's JSON name, such as {@code function_calling} or {@code vision}
   * @return true when the model reports the capability as {@code true}
   */
  public boolean has(String name) {
    return switch (name) {
      case "completion_chat" -> completionChat;
      case "function_calling" -> functionCalling;
      case "completion_fim" -> completionFim;
      case "fine_tuning" -> fineTuning;
      case "vision" -> vision;
      case "ocr" -> ocr;
      case "classification" -> classification;
      case "moderation" -> moderation;
      case "audio" -> audio;
      case "audio_transcription" -> audioTranscription;
      default -> Boolean.TRUE.equals(other.get(name));
    };
  }
}
