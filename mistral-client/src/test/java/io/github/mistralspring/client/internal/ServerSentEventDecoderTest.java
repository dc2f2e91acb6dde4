package io.github.mistralspring.client.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mistralspring.client.error.MistralStreamException;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class ServerSentEventDecoderTest {

  private static final int LIMIT = 1 << 20;

  private static ServerSentEventDecoder<String> decoder(boolean requireDone) {
    return decoder(requireDone, LIMIT);
  }

  private static ServerSentEventDecoder<String> decoder(boolean requireDone, int maxEventSize) {
    return new ServerSentEventDecoder<>(
        (event, bytes, offset, length) ->
            (event == null ? "" : event + "|")
                + new String(bytes, offset, length, StandardCharsets.UTF_8),
        requireDone,
        maxEventSize);
  }

  /** A sink that hands each value to {@code values} and counts the events it is told of. */
  private static final class Collect implements BodyDecoder.Sink<String> {
    private final Consumer<String> values;
    int progress;

    Collect(Consumer<String> values) {
      this.values = values;
    }

    @Override
    public void next(String value) {
      values.accept(value);
    }

    @Override
    public void progress() {
      progress++;
    }
  }

  private static Collect sink(List<String> values) {
    return new Collect(values::add);
  }

  private static ByteBuf buffer(byte[] bytes) {
    return Unpooled.wrappedBuffer(bytes);
  }

  private static List<String> feed(ServerSentEventDecoder<String> decoder, String... pieces) {
    List<String> values = new ArrayList<>();
    Collect sink = sink(values);
    for (String piece : pieces) {
      decoder.decode(buffer(piece.getBytes(StandardCharsets.UTF_8)), sink);
    }
    decoder.finish(sink);
    return values;
  }

  @Test
  void readsEventsSplitAtEveryByte() {
    String body = "data: {\"a\":1}\n\ndata: {\"b\":\"é\"}\n\ndata: [DONE]\n\n";
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ServerSentEventDecoder<String> decoder = decoder(true);
    List<String> values = new ArrayList<>();
    Collect sink = sink(values);
    for (byte b : bytes) {
      decoder.decode(buffer(new byte[] {b}), sink);
    }
    decoder.finish(sink);

    assertThat(values).containsExactly("{\"a\":1}", "{\"b\":\"é\"}");
    assertThat(sink.progress).as("two events and [DONE]").isEqualTo(3);
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
                decoder.decode(
                    buffer(
                        "data: 1\n\ndata: 2\n\ndata: {\"object\":\"error\",\"message\":\"late\"}\n\n"
                            .getBytes(StandardCharsets.UTF_8)),
                    sink(values)))
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

    decoder.decode(buffer(bytes("data: {\"a\":1}\n\ndata: {\"b\":2}\n\n")), sink(values));
    assertThat(decoder.retainedBytes()).isZero();

    decoder.decode(buffer(bytes("data: {\"c\":")), sink(values));
    assertThat(decoder.retainedBytes()).isBetween(11, 64);

    decoder.decode(buffer(bytes("3}\n\ndata: [DONE]\n\n")), sink(values));
    decoder.finish(sink(values));
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
      decoder.decode(buffer(bytes(piece)), sink(values));
    }
    decoder.finish(sink(values));

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
        buffer(bytes("data: outer-1\n\ndata: outer-2\n\ndata: [DONE]\n\n")),
        new Collect(
            value -> {
              outerValues.add(value);
              // A subscriber that reads a second stream synchronously, on the same thread.
              inner.decode(buffer(bytes("data: inner-" + value + "\n\n")), sink(innerValues));
            }));

    assertThat(outerValues).containsExactly("outer-1", "outer-2");
    assertThat(innerValues).containsExactly("inner-outer-1", "inner-outer-2");
  }

  @Test
  void reportsATruncatedStreamAfterItsLastValues() {
    ServerSentEventDecoder<String> decoder = decoder(true);
    List<String> values = new ArrayList<>();
    decoder.decode(buffer(bytes("data: 1\n\ndata: 2")), sink(values));

    assertThatThrownBy(() -> decoder.finish(sink(values)))
        .isInstanceOf(MistralStreamException.class)
        .hasMessageContaining("without its [DONE] marker after 2 events");
    assertThat(values).containsExactly("1", "2");
  }

  @Test
  void commentsAndPartialLinesAreNotProgressButEveryWholeEventIs() {
    ServerSentEventDecoder<String> decoder = decoder(true);
    List<String> values = new ArrayList<>();
    Collect sink = sink(values);
    decoder.decode(buffer(bytes(": ping\n\n: ping\n\ndata: {\"partial\"")), sink);
    assertThat(sink.progress).isZero();

    decoder.decode(buffer(bytes("}\n\n")), sink);
    assertThat(sink.progress).isEqualTo(1);
    assertThat(values).containsExactly("{\"partial\"}");
  }

  @Test
  void anEventOfManyDataLinesFailsAsItGrowsPastTheLimit() {
    ServerSentEventDecoder<String> decoder = decoder(true, 64 * 1024);
    List<String> values = new ArrayList<>();
    Collect sink = sink(values);
    String line = "data: " + "z".repeat(1_000) + "\n";

    assertThatThrownBy(
            () -> {
              for (int i = 0; i < 1_000; i++) {
                decoder.decode(buffer(bytes(line)), sink);
              }
            })
        .isInstanceOf(MistralStreamException.class)
        .hasMessageContaining("65536 bytes")
        .hasMessageContaining("mistral.max-event-size");
    assertThat(decoder.retainedBytes()).isLessThan(4 * 64 * 1024);
  }

  @Test
  void oneLongLineFailsAsItGrowsPastTheLimit() {
    ServerSentEventDecoder<String> decoder = decoder(true, 64 * 1024);
    Collect sink = sink(new ArrayList<>());
    decoder.decode(buffer(bytes("data: ")), sink);
    byte[] piece = bytes("w".repeat(8 * 1024));

    assertThatThrownBy(
            () -> {
              for (int i = 0; i < 100; i++) {
                decoder.decode(buffer(piece), sink);
              }
            })
        .isInstanceOf(MistralStreamException.class)
        .hasMessageContaining("maxEventSize");
  }

  @Test
  void aLongLineArrivingInSmallPiecesIsScannedOnce() {
    // Scanning the line from its start at every piece would take minutes here; once, milliseconds.
    int size = 32 * 1024 * 1024;
    ServerSentEventDecoder<String> decoder = decoder(false, size + 1024);
    List<String> values = new ArrayList<>();
    Collect sink = sink(values);
    byte[] piece = bytes("q".repeat(2 * 1024));

    org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
        java.time.Duration.ofSeconds(30),
        () -> {
          decoder.decode(buffer(bytes("data: ")), sink);
          for (int sent = 0; sent < size; sent += piece.length) {
            decoder.decode(buffer(piece), sink);
          }
          decoder.decode(buffer(bytes("\n\n")), sink);
        });
    assertThat(values).singleElement().satisfies(value -> assertThat(value).hasSize(size));
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
