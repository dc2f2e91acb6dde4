package io.github.mistralspring.client.audio.speech;

import io.github.mistralspring.client.model.UsageInfo;
import org.jspecify.annotations.Nullable;

/**
 * The last event of streamed speech (spec {@code SpeechStreamDone}): all the audio was sent.
 *
 * @param type {@value #TYPE}
 * @param usage the tokens used
 */
public record SpeechDoneEvent(@Nullable String type, @Nullable UsageInfo usage)
    implements SpeechStreamEvent {

  /** The event's type. */
  public static final String TYPE = "speech.audio.done";
}
