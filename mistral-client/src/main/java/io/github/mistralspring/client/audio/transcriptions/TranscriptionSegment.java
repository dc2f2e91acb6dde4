package io.github.mistralspring.client.audio.transcriptions;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * One timestamped stretch of a transcription (spec {@code TranscriptionSegmentChunk}).
 *
 * @param type the chunk type, {@code transcription_segment}
 * @param text the text spoken in the segment
 * @param start when the segment starts, in seconds from the start of the audio
 * @param end when the segment ends, in seconds from the start of the audio
 * @param score how confident the model is in the segment
 * @param speakerId who speaks, when the request asked for diarization
 */
public record TranscriptionSegment(
    @Nullable String type,
    String text,
    double start,
    double end,
    @Nullable Double score,
    @JsonProperty("speaker_id") @Nullable String speakerId) {

  /** The type the API gives every segment. */
  public static final String TYPE = "transcription_segment";

  /**
   * A segment of this text and times, with no score or speaker.
   *
   * @param text the segment's text
   * @param start where the segment starts, in seconds from the audio's start
   * @param end where the segment ends, in seconds from the audio's start
   * @return the segment, of type {@value #TYPE}
   */
  public static TranscriptionSegment of(String text, double start, double end) {
    return new TranscriptionSegment(TYPE, text, start, end, null, null);
  }
}
