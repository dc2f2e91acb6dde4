package io.github.mistralspring.client.audio.transcriptions;

import io.github.mistralspring.client.model.UsageInfo;
import io.github.mistralspring.client.observation.MistralObservedResponse;
import org.jspecify.annotations.Nullable;

/**
 * The next piece of the transcript (spec {@code TranscriptionStreamTextDelta}); the pieces in order
 * make the whole text.
 *
 * @param type {@value #TYPE}
 * @param text the text transcribed since the previous piece
 */
public record TranscriptionTextDeltaEvent(@Nullable String type, String text)
    implements TranscriptionStreamEvent, MistralObservedResponse {

  /** The event's type. */
  public static final String TYPE = "transcription.text.delta";

  @Override
  public @Nullable String id() {
    return null;
  }

  @Override
  public @Nullable String model() {
    return null;
  }

  @Override
  public @Nullable UsageInfo usage() {
    return null;
  }

  /** The piece of text, for observations that opted in to content. */
  @Override
  public String outputText() {
    return text;
  }
}
