package io.github.mistralspring.client.audio.transcriptions;

import org.jspecify.annotations.Nullable;

/**
 * The next piece of the transcript (spec {@code TranscriptionStreamTextDelta}); the pieces in order
 * make the whole text.
 *
 * @param type {@value #TYPE}
 * @param text the text transcribed since the previous piece
 */
public record TranscriptionTextDeltaEvent(@Nullable String type, String text)
    implements TranscriptionStreamEvent {

  /** The event's type. */
  public static final String TYPE = "transcription.text.delta";
}
