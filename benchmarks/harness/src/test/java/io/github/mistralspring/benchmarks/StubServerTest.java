package io.github.mistralspring.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.netty.DisposableServer;
import reactor.netty.http.client.HttpClient;

class StubServerTest {

  @Test
  void seesAStreamRequestWhateverItsWhitespace() {
    assertThat(StubServer.streamTrue(bytes("{\"model\":\"m\",\"stream\":true}"))).isTrue();
    assertThat(StubServer.streamTrue(bytes("{\n  \"stream\" : true,\n  \"stop\" : [ ]\n}")))
        .isTrue();
    assertThat(StubServer.streamTrue(bytes("{\"stream\":false}"))).isFalse();
    assertThat(StubServer.streamTrue(bytes("{\"model\":\"m\"}"))).isFalse();
  }

  @Test
  void theCompletionIsAboutOneKilobyteAndTheStreamHas200ChunksThenDone() {
    assertThat(Payloads.completion().length).isBetween(900, 1200);
    List<byte[]> events = Payloads.streamEvents();
    assertThat(events).hasSize(Payloads.STREAM_CHUNKS + 1);
    assertThat(new String(events.get(events.size() - 1), StandardCharsets.UTF_8))
        .isEqualTo("data: [DONE]\n\n");
  }

  @Test
  void holdsASlowStreamUntilReleased() throws InterruptedException {
    DisposableServer stub = StubServer.start(0, Duration.ofSeconds(30));
    try {
      HttpClient http = HttpClient.create().baseUrl("http://127.0.0.1:" + stub.port());
      List<String> received = new CopyOnWriteArrayList<>();
      Disposable stream =
          http.post()
              .uri("/v1/chat/completions")
              .send(
                  reactor.netty.ByteBufFlux.fromString(
                      reactor.core.publisher.Mono.just(
                          "{\"model\":\"bench-slow\",\"stream\":true}")))
              .responseContent()
              .asString()
              .subscribe(received::add);
      try {
        waitFor(() -> String.join("", received).split("data: ").length - 1 == 10);
        Thread.sleep(300);
        assertThat(String.join("", received).split("data: ")).hasSize(11);
        assertThat(stats(http)).endsWith(" 1");

        http.post().uri("/release").response().block(Duration.ofSeconds(5));

        waitFor(() -> String.join("", received).endsWith("data: [DONE]\n\n"));
        assertThat(String.join("", received).split("data: ")).hasSize(Payloads.STREAM_CHUNKS + 2);
        waitFor(() -> stats(http).endsWith(" 0"));
      } finally {
        stream.dispose();
      }
    } finally {
      stub.disposeNow();
    }
  }

  private static String stats(HttpClient http) {
    return http.get().uri("/stats").responseContent().aggregate().asString().block();
  }

  private static void waitFor(java.util.function.BooleanSupplier condition)
      throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("condition met within 10 s").isLessThan(deadline);
      Thread.sleep(20);
    }
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
