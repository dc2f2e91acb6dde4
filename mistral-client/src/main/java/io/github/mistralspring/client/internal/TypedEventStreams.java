package io.github.mistralspring.client.internal;

import io.github.mistralspring.client.error.MistralResponseParseException;
import io.github.mistralspring.client.error.MistralStreamException;
import io.github.mistralspring.client.json.MistralJson;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Predicate;
import reactor.core.publisher.Flux;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.node.ObjectNode;

/**
 * Streams of typed events ({@code event: <type>} and {@code data: <object with that type>}) that
 * end with an event of their own rather than {@code [DONE]}: the audio transcription and speech
 * streams.
 */
public final class TypedEventStreams {

  private TypedEventStreams() {}

  /**
   * Reads each event's data as {@code type}, told apart by its {@code type} property. Data without
   * one takes the SSE event's name as its type, so that a server that names the event only on the
   * {@code event:} line is still understood.
   *
   * @param type the sealed event type, with its Jackson type information
   * @param typeOf the type an event was read with (null when the data had none)
   * @param stream what the stream is, for messages, such as {@code transcription}
   */
  public static <T> ServerSentEventReader<T> reader(
      Class<T> type, Function<T, String> typeOf, String stream) {
    ObjectReader reader = MistralJson.mapper().readerFor(type);
    return (eventName, bytes, offset, length) -> {
      try {
        T event = reader.readValue(bytes, offset, length);
        if (event != null && typeOf.apply(event) == null && eventName != null) {
          // Rare: only data that carries no type of its own is read a second time.
          JsonNode tree = MistralJson.mapper().readTree(bytes, offset, length);
          if (tree instanceof ObjectNode object) {
            object.put("type", eventName);
            event = reader.readValue(object);
          }
        }
        return event;
      } catch (JacksonException failure) {
        throw new MistralResponseParseException(
            "Could not read a "
                + stream
                + " stream event"
                + (eventName != null ? " (" + eventName + ")" : "")
                + ": "
                + failure.getOriginalMessage(),
            200,
            new String(bytes, offset, length, StandardCharsets.UTF_8),
            failure);
      }
    };
  }

  /**
   * Fails a stream that ends without its closing event: a stream cut short has lost data, so it
   * must not look complete. The closing event itself is emitted like any other.
   *
   * @param events the stream
   * @param isEnd whether an event is the closing one
   * @param stream what the stream is, for the message, such as {@code transcription}
   * @param endType the closing event's type, for the message
   */
  public static <T> Flux<T> requireEnd(
      Flux<T> events, Predicate<T> isEnd, String stream, String endType) {
    return Flux.defer(
        () -> {
          AtomicBoolean ended = new AtomicBoolean();
          AtomicLong count = new AtomicLong();
          return events
              .doOnNext(
                  event -> {
                    count.incrementAndGet();
                    if (isEnd.test(event)) {
                      ended.set(true);
                    }
                  })
              .concatWith(
                  Flux.defer(
                      () ->
                          ended.get()
                              ? Flux.empty()
                              : Flux.error(
                                  new MistralStreamException(
                                      "The "
                                          + stream
                                          + " stream ended without its "
                                          + endType
                                          + " event after "
                                          + count.get()
                                          + " events: it is incomplete",
                                      null))));
        });
  }
}
