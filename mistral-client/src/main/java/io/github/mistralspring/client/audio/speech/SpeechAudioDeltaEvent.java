package io.github.mistralspring.client.audio.speech;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Base64;
import org.jspecify.annotations.Nullable;

/**
 * The next piece of the audio (spec {@code SpeechStreamAudioDelta}); the pieces in order, decoded,
 * make the whole file.
 *
 * @param type {@value #TYPE}
 * @param audioData the piece of audio, base64-encoded as the API sends it
 */
public record SpeechAudioDeltaEvent(
    @Nullable String type, @JsonProperty("audio_data") String audioData)
    implements SpeechStreamEvent {

  /** The event's type. */
  public static final String TYPE = "speech.audio.delta";

  /**
   * The piece of audio, decoded.
   *
   * @return the decoded piece, a new array on every call
   */
  public byte[] audio() {
    return Base64.getDecoder().decode(audioData);
  }
}
