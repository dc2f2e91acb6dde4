package io.github.mistralspring.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

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

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
