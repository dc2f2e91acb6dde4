package io.github.mistralspring.client.audio.speech;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.github.mistralspring.client.internal.values.ReadOnly;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A speech stream event whose type this client does not know yet; it keeps the type and every other
 * property, so a stream never fails because the API added an event.
 *
 * @param type the type as received (or the SSE event name when the data had none)
 * @param properties every other property, by JSON name
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NONE)
public record UnknownSpeechEvent(
    @Nullable String type, @JsonAnySetter @JsonAnyGetter Map<String, Object> properties)
    implements SpeechStreamEvent {

  /**
   * Copies the properties so the event is not changed by later edits to the map.
   *
   * @param type the type as received (or the SSE event name when the data had none)
   * @param properties every other property, by JSON name
   */
  public UnknownSpeechEvent {
    properties = ReadOnly.map(properties);
  }
}
