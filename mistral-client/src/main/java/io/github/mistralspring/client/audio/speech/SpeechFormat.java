package io.github.mistralspring.client.audio.speech;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * The audio format speech is generated in (spec {@code SpeechOutputFormat}); the API's default is
 * {@link #MP3}.
 *
 * <p>A string-backed value rather than an enum: a format the client does not know yet is sent
 * unchanged.
 *
 * @param value the format as the API writes it
 */
public record SpeechFormat(@JsonValue String value) {

  /** Raw samples (32-bit float, little-endian) with no header: the lowest latency for streaming. */
  public static final SpeechFormat PCM = new SpeechFormat("pcm");

  /** Uncompressed WAV. */
  public static final SpeechFormat WAV = new SpeechFormat("wav");

  /** Compressed MP3, the API's default. */
  public static final SpeechFormat MP3 = new SpeechFormat("mp3");

  /** Lossless FLAC. */
  public static final SpeechFormat FLAC = new SpeechFormat("flac");

  /** Opus, at a low bit rate. */
  public static final SpeechFormat OPUS = new SpeechFormat("opus");

  /**
   * Checks that the value is present.
   *
   * @param value the value as the API writes it, such as {@code pcm}
   */
  public SpeechFormat {
    Objects.requireNonNull(value, "value");
  }

  /**
   * Returns the format for the given string, known or not.
   *
   * @param value the format as the API writes it, such as {@code pcm}
   * @return the format, equal to the matching constant when the string is a known one
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static SpeechFormat of(String value) {
    return new SpeechFormat(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
