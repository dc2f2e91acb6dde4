package io.github.mistralspring.client.audio.transcriptions;

import io.github.mistralspring.client.model.UsageInfo;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A transcription (spec {@code TranscriptionResponse}): the text of the audio, the language it is
 * in, timestamped segments when they were asked for, and the usage, which counts the seconds of
 * audio ({@link UsageInfo#audioSeconds()}) as well as tokens.
 *
 * @param model the model that transcribed the audio
 * @param text the whole transcript
 * @param language the language of the audio, as a two-letter code, when known
 * @param segments the timestamped segments, in order; empty unless segment timestamps or
 *     diarization were asked for
 * @param usage the audio seconds and tokens used
 */
public record TranscriptionResponse(
    String model,
    String text,
    @Nullable String language,
    List<TranscriptionSegment> segments,
    @Nullable UsageInfo usage) {

  /**
   * Copies the segments; absent segments read as none.
   *
   * @param model the model that transcribed the audio
   * @param text the whole transcript
   * @param language the language of the audio, as a two-letter code, when known
   * @param segments the timestamped segments, in order; empty unless segment timestamps or
   *     diarization were asked for
   * @param usage the audio seconds and tokens used
   */
  public TranscriptionResponse {
    segments = segments == null ? List.of() : List.copyOf(segments);
  }
}
