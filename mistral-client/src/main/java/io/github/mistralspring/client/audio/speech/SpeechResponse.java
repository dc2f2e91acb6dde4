package io.github.mistralspring.client.audio.speech;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Base64;

/**
 * Speech generated whole (spec {@code SpeechResponse}): the audio, base64-encoded as the API sends
 * it. The whole audio is held in memory; for long texts use {@code createTo}, which streams it.
 *
 * @param audioData the audio, base64-encoded
 */
public record SpeechResponse(@JsonProperty("audio_data") String audioData) {

  /**
   * The audio, decoded: the bytes of a file in the format the request asked for.
   *
   * @return the decoded audio, a new array on every call
   */
  public byte[] audio() {
    return Base64.getDecoder().decode(audioData);
  }
}
