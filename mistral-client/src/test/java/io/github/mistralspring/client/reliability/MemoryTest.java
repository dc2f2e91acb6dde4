package io.github.mistralspring.client.reliability;

import static io.github.mistralspring.client.reliability.ReliabilityFixtures.chunkData;
import static io.github.mistralspring.client.reliability.ReliabilityFixtures.event;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mistralspring.client.testsupport.ForkedJvm;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The client's memory stays bounded: a 50 MB response and 1,000 open streams each fit in a JVM with
 * a 256 MB heap. The client runs in a forked JVM ({@link MemoryProbe}); the server here.
 *
 * <p>The time bounds only catch a hang: each probe takes well under a minute on an idle machine,
 * and a machine busy with other builds may make it several times slower without making the test
 * fail. What the tests assert (the heap, the streams held at once) does not depend on time: the
 * slow streams last as long as the probe may run, so however slowly the probe opens them, all are
 * open together until it has measured.
 */
class MemoryTest {

  private static final long HEAP_LIMIT = 256L * 1024 * 1024;

  /** How long a probe may run before it is taken for hung and killed. */
  private static final Duration PROBE_BOUND = Duration.ofMinutes(5);

  /** How often a slow stream sends an event. */
  private static final Duration SLOW_EVENTS = Duration.ofMillis(500);

  @Test
  @Timeout(value = 6, unit = TimeUnit.MINUTES) // above PROBE_BOUND: a hung probe shows its output
  void aFiftyMegabyteJsonResponseParsesWithA256MegabyteHeap() throws Exception {
    byte[] body = embeddingsResponse(50L * 1000 * 1000);
    try (LocalNettyServer server =
        new LocalNettyServer(
            (request, response) ->
                request
                    .receive()
                    .then()
                    .then(
                        response
                            .header("Content-Type", "application/json")
                            .header("Content-Length", String.valueOf(body.length))
                            .sendByteArray(Mono.just(body))
                            .then()))) {
      Map<String, String> out = probe("large", server.baseUrl());
      System.out.printf(
          "memory: %.1f MB JSON response, %s vectors of %s, -Xmx256m: heap used after parsing"
              + " %.1f MB, peak %.1f MB%n",
          body.length / 1e6,
          out.get("vectors"),
          out.get("dimensions"),
          mb(out.get("heap-used-bytes")),
          mb(out.get("heap-peak-bytes")));
      assertThat(Integer.parseInt(out.get("vectors"))).isGreaterThan(3000);
      assertThat(Long.parseLong(out.get("heap-peak-bytes"))).isLessThan(HEAP_LIMIT);
    }
  }

  @Test
  @Timeout(value = 6, unit = TimeUnit.MINUTES) // above PROBE_BOUND: a hung probe shows its output
  void aThousandSlowStreamsAreHeldWithA256MegabyteHeap() throws Exception {
    int streams = 1000;
    try (LocalNettyServer server =
        LocalNettyServer.eventStream(
            Flux.concat(
                    Flux.just(event(chunkData("first"))),
                    Flux.interval(SLOW_EVENTS)
                        .take(PROBE_BOUND.dividedBy(SLOW_EVENTS))
                        .map(i -> event(chunkData("slow " + i))))
                .concatWith(Flux.just(event("[DONE]"))))) {
      Map<String, String> out = probe("streams", server.baseUrl(), String.valueOf(streams));
      System.out.printf(
          "memory: %s slow streams held at once, -Xmx256m: heap used %.1f MB (%.1f MB before"
              + " opening them, %.1f KB a stream), peak %.1f MB; most server connections %d%n",
          out.get("streams"),
          mb(out.get("heap-used-bytes")),
          mb(out.get("heap-before-bytes")),
          (Long.parseLong(out.get("heap-used-bytes"))
                  - Long.parseLong(out.get("heap-before-bytes")))
              / 1024.0
              / streams,
          mb(out.get("heap-peak-bytes")),
          server.mostOpen());
      assertThat(out.get("failures")).isEqualTo("0");
      assertThat(server.mostOpen()).isEqualTo(streams);
      assertThat(Long.parseLong(out.get("heap-used-bytes"))).isLessThan(HEAP_LIMIT);
    }
  }

  private static double mb(String bytes) {
    return Long.parseLong(bytes) / (1024.0 * 1024.0);
  }

  /** Runs {@link MemoryProbe} in a JVM with a 256 MB heap and returns its key=value lines. */
  private static Map<String, String> probe(String... args)
      throws IOException, InterruptedException {
    return ForkedJvm.of(MemoryProbe.class)
        .jvmOptions("-Xmx256m")
        .args(args)
        .bound(PROBE_BOUND)
        .run()
        .values();
  }

  /** An embeddings response of about {@code size} bytes: 1,024-dimension vectors. */
  static byte[] embeddingsResponse(long size) {
    Random random = new Random(7);
    ByteArrayOutputStream json = new ByteArrayOutputStream((int) size + 100_000);
    json.writeBytes(
        "{\"id\":\"emb-1\",\"object\":\"list\",\"model\":\"mistral-embed\",\"usage\":{\"prompt_tokens\":1,\"total_tokens\":1},\"data\":["
            .getBytes(StandardCharsets.US_ASCII));
    int index = 0;
    while (json.size() < size) {
      StringBuilder item = new StringBuilder(16_000);
      item.append(index == 0 ? "" : ",")
          .append("{\"object\":\"embedding\",\"index\":")
          .append(index++)
          .append(",\"embedding\":[");
      for (int d = 0; d < 1024; d++) {
        if (d > 0) {
          item.append(',');
        }
        item.append(random.nextFloat() * 2 - 1);
      }
      item.append("]}");
      json.writeBytes(item.toString().getBytes(StandardCharsets.US_ASCII));
    }
    json.writeBytes("]}".getBytes(StandardCharsets.US_ASCII));
    return json.toByteArray();
  }
}
