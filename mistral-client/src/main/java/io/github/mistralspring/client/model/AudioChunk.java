package io.github.mistralspring.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * Audio given as base64 data or a URL ({@code type: input_audio}).
 *
 * @param inputAudio the audio, base64-encoded or a URL
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NONE)
@JsonIgnoreProperties(value = "type", allowGetters = true)
public record AudioChunk(@JsonProperty("input_audio") String inputAudio) implements ContentChunk {

  /** The wire value of this chunk's type. */
  public static final String TYPE = "input_audio";

  /**
   * Creates an audio chunk.
   *
   * @param inputAudio the audio, base64-encoded or a URL
   * @return an audio chunk
   */
  public static AudioChunk of(String inputAudio) {
    return new AudioChunk(inputAudio);
  }

  @Override
  @JsonProperty(value = "type", index = 0)
  public String type() {
    return TYPE;
  }
}
