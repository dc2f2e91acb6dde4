package io.github.mistralspring.client.audio.speech;

import io.github.mistralspring.client.model.UsageInfo;
import io.github.mistralspring.client.observation.MistralObservedResponse;
import org.jspecify.annotations.Nullable;

/**
 * The last event of streamed speech (spec {@code SpeechStreamDone}): all the audio was sent.
 *
 * @param type {@value #TYPE}
 * @param usage the tokens used
 */
public record SpeechDoneEvent(@Nullable String type, @Nullable UsageInfo usage)
    implements SpeechStreamEvent, MistralObservedResponse {

  /** The event's type. */
  public static final String TYPE = "speech.audio.done";

  @Override
  public @Nullable String id() {
    return null;
  }

  @Override
  public @Nullable String model() {
    return null;
  }
}
