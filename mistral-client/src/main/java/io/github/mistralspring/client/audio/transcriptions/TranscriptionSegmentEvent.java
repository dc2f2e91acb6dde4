package io.github.mistralspring.client.audio.transcriptions;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A timestamped segment, once it is transcribed (spec {@code TranscriptionStreamSegmentDelta});
 * sent when the request asked for segment timestamps or diarization.
 *
 * @param type {@value #TYPE}
 * @param text the text spoken in the segment
 * @param start when the segment starts, in seconds from the start of the audio
 * @param end when the segment ends, in seconds
 * @param speakerId who speaks, when the request asked for diarization
 */
public record TranscriptionSegmentEvent(
    @Nullable String type,
    String text,
    double start,
    double end,
    @JsonProperty("speaker_id") @Nullable String speakerId)
    implements TranscriptionStreamEvent {

  /** The event's type. */
  public static final String TYPE = "transcription.segment";

  /**
   * The segment as the unstreamed response lists it.
   *
   * @return the segment, with its text, times and speaker; no score
   */
  public TranscriptionSegment toSegment() {
    return new TranscriptionSegment(TranscriptionSegment.TYPE, text, start, end, null, speakerId);
  }
}
