package io.github.mistralspring.client.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.mistralspring.client.error.MistralErrorResponse;
import io.github.mistralspring.client.error.MistralNotFoundException;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.NettyDataBufferFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Schedulers;

/** The download stream: reads what arrived, ends only at the real end, releases every buffer. */
class DataBufferInputStreamTest {

  /** The longest a case may take: only a hang reaches it. */
  static final Duration BOUND = Duration.ofSeconds(30);

  private final NettyDataBufferFactory factory =
      new NettyDataBufferFactory(PooledByteBufAllocator.DEFAULT);
  private final List<ByteBuf> made = new CopyOnWriteArrayList<>();

  private DataBuffer buffer(String text) {
    ByteBuf bytes = PooledByteBufAllocator.DEFAULT.buffer();
    bytes.writeCharSequence(text, StandardCharsets.US_ASCII);
    made.add(bytes);
    return factory.wrap(bytes);
  }

  private void assertAllReleased() {
    assertThat(made).allSatisfy(bytes -> assertThat(bytes.refCnt()).isZero());
  }

  @Test
  void readsEveryByteAcrossBuffersAndEndsAtTheEnd() throws IOException {
    Flux<DataBuffer> body =
        Flux.range(0, 200).map(i -> buffer("chunk-" + i + ";")).subscribeOn(Schedulers.parallel());
    StringBuilder expected = new StringBuilder();
    for (int i = 0; i < 200; i++) {
      expected.append("chunk-").append(i).append(';');
    }

    try (InputStream in = DataBufferInputStream.of(body, 4)) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.US_ASCII))
          .isEqualTo(expected.toString());
      assertThat(in.read()).isEqualTo(-1);
    }
    assertAllReleased();
  }

  @Test
  void aReadReturnsWhatArrivedWithoutWaitingToFillTheArray() throws IOException {
    Sinks.Many<DataBuffer> sink = Sinks.many().unicast().onBackpressureBuffer();
    try (InputStream in = DataBufferInputStream.of(sink.asFlux(), 4)) {
      sink.tryEmitNext(buffer("abc"));
      sink.tryEmitNext(buffer("de"));
      byte[] bytes = new byte[100];
      assertTimeoutPreemptively(BOUND, () -> assertThat(in.read(bytes, 0, 100)).isEqualTo(5));
      assertThat(new String(bytes, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("abcde");
    }
    assertAllReleased();
  }

  @Test
  void asksForABoundedNumberOfBuffersAheadOfTheReader() throws IOException {
    AtomicLong requested = new AtomicLong();
    Flux<DataBuffer> body =
        Flux.range(0, 1000).map(i -> buffer("x")).doOnRequest(requested::addAndGet);

    try (InputStream in = DataBufferInputStream.of(body, 8)) {
      assertThat(requested.get()).isEqualTo(8);
      in.readNBytes(100);
      assertThat(requested.get()).isLessThanOrEqualTo(100 + 8);
    }
    assertAllReleased();
  }

  @Test
  void aFailureIsThrownAfterTheBytesBeforeIt() throws IOException {
    MistralNotFoundException missing =
        new MistralNotFoundException(
            new MistralErrorResponse(
                "GET",
                "/v1/files/x/content",
                404,
                Map.of(),
                "",
                "No file",
                null,
                null,
                null,
                null));
    Flux<DataBuffer> body = Flux.just(buffer("ab")).concatWith(Mono.error(missing));

    try (InputStream in = DataBufferInputStream.of(body, 4)) {
      assertThat(in.readNBytes(2)).isEqualTo("ab".getBytes(StandardCharsets.US_ASCII));
      assertThatThrownBy(in::read).isSameAs(missing);
    }
    assertAllReleased();
  }

  @Test
  void closingReleasesTheBuffersNotReadAndLaterReadsFail() throws IOException {
    // A source that goes on emitting after the cancel, as one in flight can.
    AtomicReference<Subscriber<? super DataBuffer>> downstream = new AtomicReference<>();
    AtomicBoolean cancelled = new AtomicBoolean();
    Publisher<DataBuffer> source =
        subscriber -> {
          downstream.set(subscriber);
          subscriber.onSubscribe(
              new Subscription() {
                @Override
                public void request(long n) {}

                @Override
                public void cancel() {
                  cancelled.set(true);
                }
              });
        };
    InputStream in = DataBufferInputStream.of(Flux.from(source), 4);
    downstream.get().onNext(buffer("abc"));
    downstream.get().onNext(buffer("def"));
    assertThat(in.read()).isEqualTo('a');

    in.close();
    downstream.get().onNext(buffer("ghi"));

    assertThat(cancelled).isTrue();
    assertThatThrownBy(in::read).isInstanceOf(IOException.class).hasMessageContaining("closed");
    assertAllReleased();
  }
}
