package io.github.mistralspring.client.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mistralspring.client.error.MistralStreamException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;

class ServerSentEventDecoderTest {

  private static final DefaultDataBufferFactory BUFFERS = DefaultDataBufferFactory.sharedInstance;

  private static ServerSentEventDecoder<String> decoder(boolean requireDone) {
    return new ServerSentEventDecoder<>(
        (event, bytes, offset, length) ->
            (event == null ? "" : event + "|")
                + new String(bytes, offset, length, StandardCharsets.UTF_8),
        requireDone);
  }

  private static List<String> feed(ServerSentEventDecoder<String> decoder, String... pieces) {
    List<String> values = new ArrayList<>();
    for (String piece : pieces) {
      decoder.decode(BUFFERS.wrap(piece.getBytes(StandardCharsets.UTF_8))).forEach(values::add);
    }
    decoder.finish().forEach(values::add);
    return values;
  }

  @Test
  void readsEventsSplitAtEveryByte() {
    String body = "data: {\"a\":1}\n\ndata: {\"b\":\"é\"}\n\ndata: [DONE]\n\n";
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ServerSentEventDecoder<String> decoder = decoder(true);
    List<String> values = new ArrayList<>();
    for (byte b : bytes) {
      decoder.decode(BUFFERS.wrap(new byte[] {b})).forEach(values::add);
    }
    decoder.finish().forEach(values::add);

    assertThat(values).containsExactly("{\"a\":1}", "{\"b\":\"é\"}");
    assertThat(decoder.isDone()).isTrue();
  }

  @Test
  void acceptsCrLfAndCrLineEndingsCommentsAndNamedEvents() {
    List<String> values =
        feed(
            decoder(true),
            ": keep-alive\r\n\r\nevent: message.output.delta\r\ndata: {\"x\":1}\r\n\r",
            "\ndata: {\"y\":2}\r\rdata: [DONE]\r\n\r\n");

    assertThat(values).containsExactly("message.output.delta|{\"x\":1}", "{\"y\":2}");
  }

  @Test
  void joinsTheLinesOfAMultiLineData() {
    List<String> values = feed(decoder(true), "data: {\"a\":\ndata: 1}\n\n", "data: [DONE]\n\n");

    assertThat(values).containsExactly("{\"a\":\n1}");
  }

  @Test
  void ignoresWhatComesAfterDone() {
    List<String> values = feed(decoder(true), "data: 1\n\ndata: [DONE]\n\ndata: 2\n\n");

    assertThat(values).containsExactly("1");
  }

  @Test
  void failsWhenTheStreamEndsWithoutDoneButNotWhenDoneIsNotExpected() {
    assertThatThrownBy(() -> feed(decoder(true), "data: 1\n\n"))
        .isInstanceOf(MistralStreamException.class)
        .hasMessageContaining("[DONE]");

    assertThat(feed(decoder(false), "data: 1\n\ndata: 2")).containsExactly("1", "2");
  }

  @Test
  void turnsAnErrorEventIntoAStreamException() {
    assertThatThrownBy(
            () ->
                feed(
                    decoder(true),
                    "data: 1\n\nevent: error\ndata: {\"message\":\"boom\"}\n\ndata: [DONE]\n\n"))
        .isInstanceOf(MistralStreamException.class)
        .hasMessageContaining("boom");
  }

  @Test
  void yieldsTheEventsBeforeAnErrorEventThenTheError() {
    ServerSentEventDecoder<String> decoder = decoder(true);
    List<String> values = new ArrayList<>();
    assertThatThrownBy(
            () ->
                decoder
                    .decode(
                        BUFFERS.wrap(
                            "data: 1\n\ndata: 2\n\ndata: {\"object\":\"error\",\"message\":\"late\"}\n\n"
                                .getBytes(StandardCharsets.UTF_8)))
                    .forEach(values::add))
        .isInstanceOf(MistralStreamException.class)
        .hasMessageContaining("late");
    assertThat(values).containsExactly("1", "2");
  }

  @Test
  void doesNotMistakeAChunkWithAnErrorFinishReasonForAnErrorObject() {
    String chunk = "{\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"error\"}]}";
    assertThat(feed(decoder(true), "data: " + chunk + "\n\ndata: [DONE]\n\n"))
        .containsExactly(chunk);
  }

  @Test
  void readsAnEventLargerThanTheInitialBuffer() {
    String big = "x".repeat(100_000);
    assertThat(
            feed(
                decoder(true),
                "data: " + big.substring(0, 50_000),
                big.substring(50_000) + "\n\ndata: [DONE]\n\n"))
        .containsExactly(big);
  }

  @Test
  void holdsNoBufferBetweenWholeEventsAndOnlyThePartialEventOtherwise() {
    ServerSentEventDecoder<String> decoder = decoder(true);
    List<String> values = new ArrayList<>();

    decoder.decode(BUFFERS.wrap(bytes("data: {\"a\":1}\n\ndata: {\"b\":2}\n\n")), values::add);
    assertThat(decoder.retainedBytes()).isZero();

    decoder.decode(BUFFERS.wrap(bytes("data: {\"c\":")), values::add);
    assertThat(decoder.retainedBytes()).isBetween(11, 64);

    decoder.decode(BUFFERS.wrap(bytes("3}\n\ndata: [DONE]\n\n")), values::add);
    decoder.finish(values::add);
    assertThat(values).containsExactly("{\"a\":1}", "{\"b\":2}", "{\"c\":3}");
    assertThat(decoder.retainedBytes()).isZero();
  }

  @Test
  void keepsALargePartialEventInItsOwnBufferAcrossManyPieces() {
    String big = "y".repeat(300_000);
    String body = "data: " + big + "\n\ndata: [DONE]\n\n";
    ServerSentEventDecoder<String> decoder = decoder(true);
    List<String> values = new ArrayList<>();
    for (int offset = 0; offset < body.length(); offset += 7_000) {
      String piece = body.substring(offset, Math.min(body.length(), offset + 7_000));
      decoder.decode(BUFFERS.wrap(bytes(piece)), values::add);
    }
    decoder.finish(values::add);

    assertThat(values).containsExactly(big);
    assertThat(decoder.retainedBytes()).isZero();
  }

  @Test
  void aStreamDecodedFromWithinAnotherStreamsCallbackDoesNotShareItsBuffer() {
    ServerSentEventDecoder<String> outer = decoder(true);
    ServerSentEventDecoder<String> inner = decoder(true);
    List<String> outerValues = new ArrayList<>();
    List<String> innerValues = new ArrayList<>();

    outer.decode(
        BUFFERS.wrap(bytes("data: outer-1\n\ndata: outer-2\n\ndata: [DONE]\n\n")),
        value -> {
          outerValues.add(value);
          // A subscriber that reads a second stream synchronously, on the same thread.
          inner.decode(BUFFERS.wrap(bytes("data: inner-" + value + "\n\n")), innerValues::add);
        });

    assertThat(outerValues).containsExactly("outer-1", "outer-2");
    assertThat(innerValues).containsExactly("inner-outer-1", "inner-outer-2");
  }

  @Test
  void reportsATruncatedStreamAfterItsLastValues() {
    ServerSentEventDecoder<String> decoder = decoder(true);
    List<String> values = new ArrayList<>();
    decoder.decode(BUFFERS.wrap(bytes("data: 1\n\ndata: 2")), values::add);

    assertThatThrownBy(() -> decoder.finish(values::add))
        .isInstanceOf(MistralStreamException.class)
        .hasMessageContaining("without its [DONE] marker after 2 events");
    assertThat(values).containsExactly("1", "2");
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
