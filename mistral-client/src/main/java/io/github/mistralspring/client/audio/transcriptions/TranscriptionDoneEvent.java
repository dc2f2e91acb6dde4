package io.github.mistralspring.client.audio.transcriptions;

import io.github.mistralspring.client.model.UsageInfo;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The last event of a transcription stream (spec {@code TranscriptionStreamDone}): the whole
 * transcription, as the unstreamed response has it, and its usage.
 *
 * @param model the model that transcribed the audio
 * @param text the whole transcript
 * @param language the language of the audio, when known
 * @param segments the timestamped segments, in order; empty when none were sent
 * @param usage the audio seconds and tokens used
 * @param type {@value #TYPE}
 */
public record TranscriptionDoneEvent(
    @Nullable String model,
    @Nullable String text,
    @Nullable String language,
    List<TranscriptionSegment> segments,
    @Nullable UsageInfo usage,
    @Nullable String type)
    implements TranscriptionStreamEvent {

  /** The event's type. */
  public static final String TYPE = "transcription.done";

  /**
   * Copies the segments; absent segments read as none.
   *
   * @param model the model that transcribed the audio
   * @param text the whole transcript
   * @param language the language of the audio, when known
   * @param segments the timestamped segments, in order; empty when none were sent
   * @param usage the audio seconds and tokens used
   * @param type {@value #TYPE}
   */
  public TranscriptionDoneEvent {
    segments = segments == null ? List.of() : List.copyOf(segments);
  }
}
