package io.github.mistralspring.client.internal;

import io.netty.buffer.Unpooled;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.reactivestreams.Publisher;
import org.reactivestreams.tck.PublisherVerification;
import org.reactivestreams.tck.TestEnvironment;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

/**
 * The Reactive Streams TCK's publisher rules, checked against {@link ResponseFlux} reading an event
 * stream. Run by {@link ResponseFluxTckTest}; {@link Async} feeds the wire from another thread.
 */
public class ResponseFluxVerification extends PublisherVerification<String> {

  private static final CallLimits NO_LIMITS =
      new CallLimits("POST /v1/tck", true, null, null, null, null);
  private static final ServerSentEventReader<String> TEXT =
      (event, bytes, offset, length) -> new String(bytes, offset, length, StandardCharsets.UTF_8);

  public ResponseFluxVerification() {
    // A generous wait for the signals that must come, so that a busy build machine does not turn
    // a slow one into a failure; the usual short wait for those that must not.
    super(new TestEnvironment(3_000, 100), 1_000);
  }

  /** Whether the wire's signals arrive on another thread than the subscriber's requests. */
  Flux<Object> wire(Flux<Object> signals) {
    return signals;
  }

  @Override
  public Publisher<String> createPublisher(long elements) {
    Flux<Object> events =
        Flux.range(0, (int) elements)
            .map(
                i -> (Object) Unpooled.copiedBuffer("data: v" + i + "\n\n", StandardCharsets.UTF_8))
            .concatWith(
                Flux.just(Unpooled.copiedBuffer("data: [DONE]\n\n", StandardCharsets.UTF_8)));
    return new ResponseFlux<>(
        wire(Flux.<Object>just(ResponseFluxTest.OK).concatWith(events)),
        head -> new ServerSentEventDecoder<>(TEXT, true, 1 << 20),
        NO_LIMITS,
        new Attempt(),
        this);
  }

  @Override
  public Publisher<String> createFailedPublisher() {
    return new ResponseFlux<>(
        Flux.error(new IOException("connection reset")),
        head -> new ServerSentEventDecoder<>(TEXT, true, 1 << 20),
        NO_LIMITS,
        new Attempt(),
        this);
  }

  @Override
  public long maxElementsFromPublisher() {
    return 4_096;
  }

  /** The same rules with the wire on another thread, as a network connection's would be. */
  public static class Async extends ResponseFluxVerification {
    @Override
    Flux<Object> wire(Flux<Object> signals) {
      return signals.publishOn(Schedulers.single(), 4);
    }
  }
}
