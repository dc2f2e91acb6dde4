package io.github.mistralspring.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mistralspring.client.error.MistralStreamException;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.buffer.UnpooledByteBufAllocator;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.NettyDataBufferFactory;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

class ResponseFluxTest {

  private static final CallLimits NO_LIMITS =
      new CallLimits("POST /v1/test", true, null, null, null, null);

  /** The transport a test's calls belong to, for {@link Watchdog#forEachOf}. */
  private final Object owner = new Object();

  static final ResponseHead OK = head(200);

  static ResponseHead head(int status) {
    return new ResponseHead(
        status,
        new ResponseHead.Headers() {
          @Override
          public String first(String name) {
            return null;
          }

          @Override
          public java.util.List<String> all(String name) {
            return java.util.List.of();
          }

          @Override
          public void forEach(
              java.util.function.BiConsumer<String, java.util.List<String>> action) {}
        });
  }

  private <T> ResponseFlux<T> sse(
      Flux<?> body, ServerSentEventReader<T> reader, boolean requireDone, Attempt attempt) {
    return sse(body, reader, requireDone, attempt, NO_LIMITS);
  }

  private <T> ResponseFlux<T> sse(
      Flux<?> body,
      ServerSentEventReader<T> reader,
      boolean requireDone,
      Attempt attempt,
      CallLimits limits) {
    return new ResponseFlux<>(
        Flux.<Object>just(OK).concatWith(body),
        head -> new ServerSentEventDecoder<>(reader, requireDone, 1 << 20),
        limits,
        attempt,
        owner);
  }

  private static final ServerSentEventReader<String> TEXT =
      (event, bytes, offset, length) -> new String(bytes, offset, length, StandardCharsets.UTF_8);

  private static Flux<ByteBuf> netty(String... pieces) {
    return Flux.fromArray(pieces)
        .map(piece -> Unpooled.copiedBuffer(piece, StandardCharsets.UTF_8));
  }

  private static String events(int count) {
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < count; i++) {
      body.append("data: v").append(i).append("\n\n");
    }
    return body.append("data: [DONE]\n\n").toString();
  }

  private static List<String> values(int count) {
    List<String> values = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      values.add("v" + i);
    }
    return values;
  }

  @Test
  void emitsEveryValueOfEveryBufferThenCompletes() {
    String body = events(50);
    List<String> pieces = new ArrayList<>();
    for (int offset = 0; offset < body.length(); offset += 13) {
      pieces.add(body.substring(offset, Math.min(body.length(), offset + 13)));
    }
    Attempt progress = new Attempt();

    StepVerifier.create(sse(netty(pieces.toArray(String[]::new)), TEXT, true, progress))
        .expectNextSequence(values(50))
        .verifyComplete();
    assertThat(progress.emitted()).isTrue();
  }

  @Test
  void underBoundedDemandAsksForFewBuffersAndEmitsNoMoreThanRequested() {
    // 40 buffers of 5 events each.
    String[] pieces = new String[41];
    for (int b = 0; b < 40; b++) {
      StringBuilder piece = new StringBuilder();
      for (int e = 0; e < 5; e++) {
        piece.append("data: v").append(b * 5 + e).append("\n\n");
      }
      pieces[b] = piece.toString();
    }
    pieces[40] = "data: [DONE]\n\n";
    AtomicLong upstreamRequested = new AtomicLong();
    Flux<ByteBuf> body = netty(pieces).doOnRequest(n -> upstreamRequested.addAndGet(n));

    StepVerifier.create(sse(body, TEXT, true, new Attempt()), 0)
        .expectSubscription()
        .expectNoEvent(Duration.ofMillis(20))
        .thenRequest(3)
        .expectNext("v0", "v1", "v2")
        .expectNoEvent(Duration.ofMillis(20))
        // Read-ahead stops once 64 values wait (13 buffers of 5) with up to 8 more asked for: a
        // bound, however long the body.
        .then(() -> assertThat(upstreamRequested.get()).isBetween(1L, 21L))
        .thenRequest(4)
        .expectNext("v3", "v4", "v5", "v6")
        .then(() -> assertThat(upstreamRequested.get()).isLessThan(25L))
        .thenRequest(Long.MAX_VALUE)
        .expectNextSequence(values(200).subList(7, 200))
        .verifyComplete();
  }

  @Test
  void deliversTheValuesBeforeAnErrorEventThenTheErrorAndCancelsTheBody() {
    AtomicBoolean cancelled = new AtomicBoolean();
    Flux<ByteBuf> body =
        netty(
                "data: a\n\ndata: b\n\n",
                "data: {\"object\":\"error\",\"message\":\"overloaded\"}\n\n",
                "data: never\n\n")
            .concatWith(Flux.never())
            .doOnCancel(() -> cancelled.set(true));

    StepVerifier.create(sse(body, TEXT, true, new Attempt()))
        .expectNext("a", "b")
        .expectErrorSatisfies(
            error ->
                assertThat(error)
                    .isInstanceOf(MistralStreamException.class)
                    .hasMessageContaining("overloaded"))
        .verify(Duration.ofSeconds(5));
    assertThat(cancelled).isTrue();
  }

  @Test
  void anErrorEventKeepsItsPlaceBehindQueuedValuesUnderBoundedDemand() {
    Flux<ByteBuf> body =
        netty("data: a\n\ndata: b\n\ndata: c\n\nevent: error\ndata: {\"message\":\"late\"}\n\n");

    StepVerifier.create(sse(body, TEXT, true, new Attempt()), 1)
        .expectNext("a")
        .expectNoEvent(Duration.ofMillis(20))
        .thenRequest(5)
        .expectNext("b", "c")
        .expectError(MistralStreamException.class)
        .verify(Duration.ofSeconds(5));
  }

  @Test
  void aTruncatedStreamFailsAfterItsValuesAndCountsAsEmitted() {
    Attempt progress = new Attempt();

    StepVerifier.create(sse(netty("data: a\n\ndata: b"), TEXT, true, progress))
        .expectNext("a", "b")
        .expectErrorMessage(
            "The stream ended without its [DONE] marker after 2 events: the response is"
                + " incomplete")
        .verify(Duration.ofSeconds(5));
    assertThat(progress.emitted()).isTrue();
  }

  @Test
  void anErrorBeforeAnyValueLeavesTheAttemptUnemitted() {
    Attempt progress = new Attempt();
    Flux<ByteBuf> body =
        netty(": comment\n\n").concatWith(Flux.error(new IllegalStateException("reset")));

    StepVerifier.create(sse(body, TEXT, true, progress))
        .expectErrorMessage("reset")
        .verify(Duration.ofSeconds(5));
    assertThat(progress.emitted()).isFalse();
  }

  @Test
  void aReaderFailureEndsTheStreamWithItAfterTheValuesBeforeIt() {
    ServerSentEventReader<String> picky =
        (event, bytes, offset, length) -> {
          String text = new String(bytes, offset, length, StandardCharsets.UTF_8);
          if (text.equals("bad")) {
            throw new IllegalArgumentException("cannot read " + text);
          }
          return text;
        };

    StepVerifier.create(
            sse(netty("data: ok\n\ndata: bad\n\ndata: after\n\n"), picky, true, new Attempt()))
        .expectNext("ok")
        .expectErrorMessage("cannot read bad")
        .verify(Duration.ofSeconds(5));
  }

  @Test
  void cancellingMidBufferStopsTheValuesAndCancelsTheBody() {
    AtomicBoolean cancelled = new AtomicBoolean();
    Flux<ByteBuf> body =
        netty(events(20)).concatWith(Flux.never()).doOnCancel(() -> cancelled.set(true));

    StepVerifier.create(sse(body, TEXT, true, new Attempt()).take(3))
        .expectNext("v0", "v1", "v2")
        .verifyComplete();
    assertThat(cancelled).isTrue();
  }

  @Test
  void releasesEverySpringBufferItReadsIncludingThoseAfterTheEnd() {
    NettyDataBufferFactory factory = new NettyDataBufferFactory(UnpooledByteBufAllocator.DEFAULT);
    List<DataBuffer> buffers = new ArrayList<>();
    for (String piece :
        new String[] {"data: a\n\n", "data: b\n\ndata: [DONE]\n\n", "data: x\n\n"}) {
      buffers.add(factory.wrap(piece.getBytes(StandardCharsets.UTF_8)));
    }

    StepVerifier.create(sse(Flux.fromIterable(buffers), TEXT, true, new Attempt()))
        .expectNext("a", "b")
        .verifyComplete();
    assertThat(buffers)
        .allSatisfy(
            buffer -> assertThat(NettyDataBufferFactory.toByteBuf(buffer).refCnt()).isZero());
  }

  @Test
  void valuesRequestedFromAnotherThreadArriveInOrder() {
    String body = events(2_000);
    List<String> pieces = new ArrayList<>();
    for (int offset = 0; offset < body.length(); offset += 97) {
      pieces.add(body.substring(offset, Math.min(body.length(), offset + 97)));
    }
    Flux<ByteBuf> source = netty(pieces.toArray(String[]::new)).publishOn(Schedulers.single(), 4);

    List<String> received =
        sse(source, TEXT, true, new Attempt())
            .publishOn(Schedulers.parallel(), 3)
            .collectList()
            .block(Duration.ofSeconds(10));

    assertThat(received).containsExactlyElementsOf(values(2_000));
  }

  @Test
  void aLastEventReadAtTheEndOfTheBodyIsNeverLostToARaceWithTheReader() {
    // The only value is known when the body completes (no blank line after it), so the queue is
    // created by onComplete while the reader drains on another thread; many rounds give that
    // interleaving a chance.
    for (int round = 0; round < 2_000; round++) {
      List<String> received =
          sse(
                  netty(": comment\n\n", "data: last").publishOn(Schedulers.single(), 1),
                  TEXT,
                  false,
                  new Attempt())
              .publishOn(Schedulers.parallel(), 1)
              .collectList()
              .block(Duration.ofSeconds(5));

      assertThat(received).as("round %d", round).containsExactly("last");
    }
  }
}
