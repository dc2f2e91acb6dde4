package io.github.mistralspring.client.internal;

import org.jspecify.annotations.Nullable;

/**
 * Reads the data of one server-sent event into a value, for {@link MistralTransport#stream(
 * MistralRequest, ServerSentEventReader, boolean)}.
 *
 * @param <T> the type of the values read
 */
@FunctionalInterface
public interface ServerSentEventReader<T> {

  /**
   * Reads the data in {@code bytes[offset, offset + length)}; {@code eventName} is the event's
   * {@code event:} field, or null.
   */
  T read(@Nullable String eventName, byte[] bytes, int offset, int length);
}
