package io.github.mistralspring.client.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.mistralspring.client.error.MistralStreamException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Schedulers;

/** The blocking stream adapter: values in order, failures as they are, bounded demand, closes. */
class BlockingStreamTest {

  /** The longest a case may take: only a hang reaches it. */
  static final Duration BOUND = Duration.ofSeconds(30);

  @Test
  void readsEveryValueOfAFluxFromAnotherThreadInOrder() {
    assertTimeoutPreemptively(
        BOUND,
        () -> {
          Flux<Integer> values = Flux.range(0, 100_000).publishOn(Schedulers.parallel(), 32);
          try (Stream<Integer> stream = BlockingStream.of(values)) {
            long[] expected = {0};
            stream.forEach(value -> assertThat(value).isEqualTo((int) expected[0]++));
            assertThat(expected[0]).isEqualTo(100_000);
          }
        });
  }

  @Test
  void throwsTheFailureAsItIsAfterTheValuesBeforeIt() {
    MistralStreamException cut = new MistralStreamException("cut", null);
    Flux<String> values =
        Flux.just("a", "b").concatWith(Mono.error(cut)).subscribeOn(Schedulers.parallel());

    assertTimeoutPreemptively(
        BOUND,
        () -> {
          try (Stream<String> stream = BlockingStream.of(values)) {
            Iterator<String> iterator = stream.iterator();
            assertThat(iterator.next()).isEqualTo("a");
            assertThat(iterator.next()).isEqualTo("b");
            assertThatThrownBy(iterator::hasNext).isSameAs(cut);
            // Asked again, the same failure, with the waiting reader's stack added once.
            assertThatThrownBy(iterator::hasNext).isSameAs(cut);
            assertThat(cut.getSuppressed()).hasSize(1);
          }
        });
  }

  @Test
  void asksForABoundedNumberOfValuesAheadOfTheReader() {
    AtomicLong requested = new AtomicLong();
    Flux<Integer> values = Flux.range(0, 10_000).doOnRequest(requested::addAndGet);

    try (Stream<Integer> stream = BlockingStream.of(values)) {
      // Nothing read yet: only the read-ahead was asked for.
      assertThat(requested.get()).isEqualTo(BlockingStream.PREFETCH);
      assertThat(stream.limit(1000).count()).isEqualTo(1000);
      assertThat(requested.get()).isLessThanOrEqualTo(1000 + BlockingStream.PREFETCH);
    }
  }

  @Test
  void closingCancelsTheFluxAndLaterReadsSayItWasClosed() {
    AtomicBoolean cancelled = new AtomicBoolean();
    Sinks.Many<String> sink = Sinks.many().unicast().onBackpressureBuffer();
    Stream<String> stream = BlockingStream.of(sink.asFlux().doOnCancel(() -> cancelled.set(true)));
    sink.tryEmitNext("a");
    Iterator<String> iterator = stream.iterator();
    assertThat(iterator.next()).isEqualTo("a");

    stream.close();

    assertThat(cancelled).isTrue();
    assertThatThrownBy(iterator::hasNext)
        .isInstanceOf(CancellationException.class)
        .hasMessageContaining("closed");
  }

  @Test
  void aStreamClosedAfterItsFluxCompletedEndsNormally() {
    Stream<String> stream = BlockingStream.of(Flux.just("a", "b"));
    Iterator<String> iterator = stream.iterator();
    List<String> read = List.of(iterator.next(), iterator.next());

    stream.close();

    assertThat(read).containsExactly("a", "b");
    assertThat(iterator.hasNext()).isFalse();
  }

  @Test
  void refusesToBlockAThreadThatMustNotBlock() {
    Stream<String> stream = BlockingStream.of(Flux.never());
    String outcome =
        Mono.fromCallable(
                () -> {
                  try {
                    return stream.collect(Collectors.joining());
                  } catch (IllegalStateException refused) {
                    return refused.getMessage();
                  }
                })
            .subscribeOn(Schedulers.parallel())
            .block(BOUND);
    assertThat(outcome).contains("must never block");
  }

  @Test
  void nothingASourceSendsAfterItOverflowedReachesTheReader() {
    AtomicReference<Subscriber<? super String>> subscriber = new AtomicReference<>();
    Publisher<String> ignoresDemand =
        s -> {
          subscriber.set(s);
          s.onSubscribe(
              new Subscription() {
                @Override
                public void request(long n) {}

                @Override
                public void cancel() {}
              });
        };
    try (Stream<String> stream = BlockingStream.of(Flux.from(ignoresDemand))) {
      for (int i = 0; i <= BlockingStream.PREFETCH; i++) {
        subscriber.get().onNext("v" + i);
      }
      Iterator<String> values = stream.iterator();
      List<String> read = new ArrayList<>();
      read.add(values.next());
      // The reader made room: a source that ignored the cancel may still send.
      subscriber.get().onNext("late");
      assertTimeoutPreemptively(
          BOUND,
          () ->
              assertThatThrownBy(
                      () -> {
                        while (values.hasNext()) {
                          read.add(values.next());
                        }
                      })
                  .isInstanceOf(RuntimeException.class));
      assertThat(read).hasSize(BlockingStream.PREFETCH).doesNotContain("late");
    }
  }
}
