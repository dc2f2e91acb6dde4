package io.github.mistralspring.client.reliability;

import static io.github.mistralspring.client.reliability.ReliabilityFixtures.chunkData;
import static io.github.mistralspring.client.reliability.ReliabilityFixtures.event;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mistralspring.client.MistralClient;
import io.github.mistralspring.client.chat.CompletionChunk;
import io.github.mistralspring.client.core.RetryPolicy;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Many requests and many cancelled streams: every one ends and every connection comes back.
 *
 * <p>The time bounds only catch a hang. Each test takes a few seconds on an idle machine; the
 * bounds are far above that, so a machine busy with other builds slows the tests down without
 * failing them: a response, an idle stream or a returning connection is only given up on after a
 * minute or more. What is asserted does not depend on time: the server's streams outlast the test's
 * bound, so every stream ends by its cancel, never by running out, however late the cancel comes.
 */
class LoadAndSoakTest {

  /** How long a test may run before it is taken for hung. */
  private static final Duration BOUND = Duration.ofMinutes(5);

  /** How long a connection may take to come back to the pool, or to close, after the run. */
  private static final Duration SETTLE = Duration.ofMinutes(1);

  /** How often a stream sends a chunk. */
  private static final Duration CHUNKS = Duration.ofMillis(20);

  private static final Pattern REQUEST_ID = Pattern.compile("req-(\\d+)");

  @Test
  @Timeout(value = 6, unit = TimeUnit.MINUTES) // above BOUND, so that the run's own bound reports
  void tenThousandRequestsAtConcurrency64WithOneIn20Failing() throws Exception {
    int requests = 10_000;
    int concurrency = 64;
    RetryPolicy policy =
        RetryPolicy.defaults().withBackoff(Duration.ofMillis(5), Duration.ofMillis(20));
    Map<Integer, AtomicInteger> attempts = new ConcurrentHashMap<>();
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger mostInFlight = new AtomicInteger();

    try (PoolMetrics pool = new PoolMetrics("soak");
        LocalNettyServer server =
            new LocalNettyServer(
                (request, response) ->
                    request
                        .receive()
                        .aggregate()
                        .asString()
                        .flatMap(
                            body -> {
                              mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                              Matcher id = REQUEST_ID.matcher(body);
                              if (!id.find()) {
                                inFlight.decrementAndGet();
                                return response.status(400).send().then();
                              }
                              int requestId = Integer.parseInt(id.group(1));
                              int attempt =
                                  attempts
                                      .computeIfAbsent(requestId, k -> new AtomicInteger())
                                      .incrementAndGet();
                              inFlight.decrementAndGet();
                              // Every 20th request id fails its first attempt: 5% of the requests.
                              if (requestId % 20 == 0 && attempt == 1) {
                                return response
                                    .status(503)
                                    .header("Content-Type", "application/json")
                                    .sendString(Mono.just("{\"message\":\"overloaded\"}"))
                                    .then();
                              }
                              return response
                                  .header("Content-Type", "application/json")
                                  .sendString(
                                      Mono.just(
                                          ReliabilityFixtures.chatResponse("req-" + requestId)))
                                  .then();
                            }));
        MistralClient client =
            ReliabilityFixtures.builder(server.baseUrl())
                .name("soak")
                .retryPolicy(policy)
                .responseTimeout(Duration.ofMinutes(2))
                .build()) {

      Map<Integer, AtomicInteger> answers = new ConcurrentHashMap<>();
      Map<Integer, Throwable> failures = new ConcurrentHashMap<>();
      long start = System.nanoTime();
      Long completed =
          Flux.range(0, requests)
              .flatMap(
                  id ->
                      client
                          .reactive()
                          .chat()
                          .complete(ReliabilityFixtures.request("req-" + id))
                          .doOnNext(
                              answer -> {
                                assertThat(answer.firstContent()).isEqualTo("req-" + id);
                                answers
                                    .computeIfAbsent(id, k -> new AtomicInteger())
                                    .incrementAndGet();
                              })
                          .onErrorResume(
                              failure -> {
                                failures.put(id, failure);
                                return Mono.empty();
                              }),
                  concurrency)
              .count()
              .block(BOUND);
      Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
      int totalAttempts = attempts.values().stream().mapToInt(AtomicInteger::get).sum();
      int activeAfter = PoolMetrics.awaitZero(pool::active, SETTLE);
      System.out.printf(
          "soak: %d requests at concurrency %d in %d ms (%.0f/s); %d attempts; connections opened"
              + " %d, most open at once %d; pool active after %d, pending %d%n",
          requests,
          concurrency,
          elapsed.toMillis(),
          requests * 1000.0 / elapsed.toMillis(),
          totalAttempts,
          server.opened(),
          server.mostOpen(),
          activeAfter,
          pool.pending());

      assertThat(failures).as("failed requests").isEmpty();
      assertThat(completed).isEqualTo(requests);
      assertThat(answers).hasSize(requests);
      assertThat(answers.values()).allSatisfy(count -> assertThat(count.get()).isEqualTo(1));
      // Retries stay within the policy: one retry for each failed first attempt, none otherwise.
      assertThat(attempts).hasSize(requests);
      attempts.forEach(
          (id, count) ->
              assertThat(count.get()).as("attempts of " + id).isEqualTo(id % 20 == 0 ? 2 : 1));
      assertThat(totalAttempts).isEqualTo(requests + requests / 20);
      // Connections are reused: a few more than the concurrency at most (a release is
      // asynchronous, so an acquire may open a new one just before another comes back).
      assertThat(server.opened()).isLessThanOrEqualTo(2 * concurrency);
      assertThat(activeAfter).as("active connections after the run").isZero();
      assertThat(pool.pending()).isZero();
    }
  }

  @Test
  @Timeout(value = 6, unit = TimeUnit.MINUTES) // above BOUND, so that the run's own bound reports
  void fiveHundredStreamsCancelledAtRandomPointsReleaseEveryConnection() throws Exception {
    int streams = 500;
    Random random = new Random(20_260_7L);
    AtomicInteger served = new AtomicInteger();
    try (PoolMetrics pool = new PoolMetrics("cancels");
        LocalNettyServer server =
            LocalNettyServer.eventStream(
                Flux.interval(CHUNKS)
                    .take(BOUND.dividedBy(CHUNKS))
                    .doOnSubscribe(s -> served.incrementAndGet())
                    .map(i -> event(chunkData("t" + i)))
                    .concatWith(Flux.just(event("[DONE]"))));
        MistralClient client =
            ReliabilityFixtures.builder(server.baseUrl())
                .name("cancels")
                .maxConnections(streams + 100)
                .streamIdleTimeout(Duration.ofMinutes(2))
                .build()) {

      // Half are cancelled after a random number of chunks, half after a random time.
      List<Flux<CompletionChunk>> cancelled =
          Flux.range(0, streams)
              .map(
                  i -> {
                    Flux<CompletionChunk> stream =
                        client.reactive().chat().stream(ReliabilityFixtures.request("s-" + i));
                    return i % 2 == 0
                        ? stream.take(1 + random.nextInt(40))
                        : stream.take(Duration.ofMillis(50 + random.nextInt(800)));
                  })
              .collectList()
              .block();
      long start = System.nanoTime();
      Long chunks = Flux.merge(Flux.fromIterable(cancelled), streams).count().block(BOUND);
      Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
      int activeAfter = PoolMetrics.awaitZero(pool::active, SETTLE);
      int openAfter = PoolMetrics.awaitZero(server::open, SETTLE);
      System.out.printf(
          "cancels: %d streams, %d chunks in %d ms; server streams %d, connections opened %d, most"
              + " open %d; after: pool active %d, server connections open %d%n",
          streams,
          chunks,
          elapsed.toMillis(),
          served.get(),
          server.opened(),
          server.mostOpen(),
          activeAfter,
          openAfter);

      // A stream cancelled by time may end before its request reached the server.
      assertThat(served.get()).isBetween(streams / 2, streams);
      assertThat(activeAfter).as("active connections after the cancels").isZero();
      // A cancelled stream's connection cannot be reused mid-response: it is closed.
      assertThat(openAfter).as("server connections still open").isZero();
    }
  }
}
