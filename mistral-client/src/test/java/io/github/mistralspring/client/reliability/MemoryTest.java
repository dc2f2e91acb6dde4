package io.github.mistralspring.client.reliability;

import static io.github.mistralspring.client.reliability.ReliabilityFixtures.chunkData;
import static io.github.mistralspring.client.reliability.ReliabilityFixtures.event;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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
 */
class MemoryTest {

  private static final long HEAP_LIMIT = 256L * 1024 * 1024;

  @Test
  @Timeout(120)
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
  @Timeout(120)
  void aThousandSlowStreamsAreHeldWithA256MegabyteHeap() throws Exception {
    int streams = 1000;
    try (LocalNettyServer server =
        new LocalNettyServer(
            (request, response) ->
                request
                    .receive()
                    .then()
                    .then(
                        response
                            .header("Content-Type", "text/event-stream")
                            .sendString(
                                Flux.concat(
                                        Flux.just(event(chunkData("first"))),
                                        Flux.interval(Duration.ofMillis(500))
                                            .take(60)
                                            .map(i -> event(chunkData("slow " + i))))
                                    .concatWith(Flux.just(event("[DONE]"))))
                            .then()))) {
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
    return probe(List.of("-Xmx256m"), MemoryProbe.class, args);
  }

  /** Runs a test main class in its own JVM and returns its key=value lines. */
  static Map<String, String> probe(List<String> jvmOptions, Class<?> main, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(main.getName());
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    Thread reader =
        new Thread(
            () -> {
              try {
                process.getInputStream().transferTo(output);
              } catch (IOException ended) {
                // The process ended.
              }
            });
    reader.setDaemon(true);
    reader.start();
    boolean ended = process.waitFor(90, TimeUnit.SECONDS);
    if (!ended) {
      process.destroyForcibly();
    }
    reader.join(5000);
    String text = output.toString(StandardCharsets.UTF_8);
    assertThat(ended).as("the probe ended; output:%n%s", text).isTrue();
    assertThat(process.exitValue()).as("the probe's exit code; output:%n%s", text).isZero();
    Map<String, String> values = new HashMap<>();
    for (String line : text.split("\\R")) {
      int equals = line.indexOf('=');
      if (line.startsWith("LEAK")) {
        values.put("LEAK " + values.size(), line);
      } else if (equals > 0 && !line.contains(" ")) {
        values.put(line.substring(0, equals), line.substring(equals + 1));
      } else if (line.startsWith("failures=")) {
        values.put("failures", line.substring(9).split(" ")[0]);
      }
    }
    return values;
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
