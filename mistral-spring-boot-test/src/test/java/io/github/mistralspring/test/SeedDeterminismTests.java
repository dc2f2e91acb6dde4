package io.github.mistralspring.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The same seed and the same requests give the same ids and timestamps; without one, they vary. */
class SeedDeterminismTests {

  /** The ids and timestamps a fixed run of requests gets back. */
  private static List<String> run(MockMistralServer server) {
    String base = server.baseUrl();
    List<String> seen = new ArrayList<>();
    JsonNode chat =
        HttpSupport.post(
                base + "/v1/chat/completions",
                "k",
                "{\"model\": \"mistral-small-latest\", \"messages\": [{\"role\": \"user\","
                    + " \"content\": \"Weather in Paris?\"}], \"tools\": [{\"type\": \"function\","
                    + " \"function\": {\"name\": \"get_weather\", \"parameters\": {}}}]}")
            .json();
    seen.add(chat.get("id").asString());
    seen.add(chat.get("created").asString());
    seen.add(chat.at("/choices/0/message/tool_calls/0/id").asString());
    JsonNode file =
        HttpSupport.upload(
                base + "/v1/files", "k", "a.txt", "ocr", "a".getBytes(StandardCharsets.UTF_8))
            .json();
    seen.add(file.get("id").asString());
    seen.add(file.get("created_at").asString());
    JsonNode agent =
        HttpSupport.post(
                base + "/v1/agents", "k", "{\"model\": \"mistral-small-latest\", \"name\": \"A\"}")
            .json();
    seen.add(agent.get("id").asString());
    seen.add(agent.get("created_at").asString());
    JsonNode conversation =
        HttpSupport.post(
                base + "/v1/conversations",
                "k",
                "{\"model\": \"mistral-small-latest\", \"inputs\": \"Hi\"}")
            .json();
    seen.add(conversation.get("conversation_id").asString());
    seen.add(conversation.at("/outputs/0/id").asString());
    seen.add(conversation.at("/outputs/0/created_at").asString());
    seen.add(
        HttpSupport.get(base + "/v1/models", "k")
            .response()
            .headers()
            .firstValue("mistral-correlation-id")
            .orElseThrow());
    return seen;
  }

  @Test
  void theSameSeedAndRequestsGiveTheSameIdsAndTimestamps() {
    List<String> first;
    List<String> second;
    List<String> other;
    try (MockMistralServer server = MockMistralServer.builder().seed(42).start()) {
      first = run(server);
    }
    try (MockMistralServer server = MockMistralServer.builder().seed(42).start()) {
      second = run(server);
    }
    try (MockMistralServer server = MockMistralServer.builder().seed(43).start()) {
      other = run(server);
    }

    assertThat(second).isEqualTo(first);
    assertThat(other.get(0)).isNotEqualTo(first.get(0));
    assertThat(other.get(3)).isNotEqualTo(first.get(3));
  }

  @Test
  void theSeededClockStartsAtItsEpochAndMovesOneSecondPerRequest() {
    try (MockMistralServer server = MockMistralServer.builder().seed(1).start()) {
      List<String> seen = run(server);

      assertThat(seen.get(1)).isEqualTo(Long.toString(Seeds.EPOCH_SECOND));
      assertThat(seen.get(4)).isEqualTo(Long.toString(Seeds.EPOCH_SECOND + 1));
      assertThat(Instant.parse(seen.get(6)).getEpochSecond()).isEqualTo(Seeds.EPOCH_SECOND + 2);
      assertThat(server.seed()).isEqualTo(1L);
    }
  }

  @Test
  void aResetStartsTheSeededIdsAndClockAgain() {
    try (MockMistralServer server = MockMistralServer.builder().seed(5).start()) {
      List<String> before = run(server);
      server.reset();

      assertThat(run(server)).isEqualTo(before);
    }
  }

  @Test
  void withoutASeedIdsDifferAndTimestampsAreTheWallClocks() {
    List<String> first;
    List<String> second;
    long now = Instant.now().getEpochSecond();
    try (MockMistralServer server = MockMistralServer.start()) {
      first = run(server);
      assertThat(server.seed()).isNull();
    }
    try (MockMistralServer server = MockMistralServer.start()) {
      second = run(server);
    }

    assertThat(second.get(0)).isNotEqualTo(first.get(0));
    assertThat(Long.parseLong(first.get(1))).isBetween(now - 5, now + 60);
  }

  @Test
  void answersDependOnTheRequestNotOnTheSeed() {
    String body =
        "{\"model\": \"mistral-small-latest\", \"messages\": [{\"role\": \"user\", \"content\":"
            + " \"How do I cross the street?\"}]}";
    String seeded;
    String unseeded;
    try (MockMistralServer server = MockMistralServer.builder().seed(3).start()) {
      seeded =
          HttpSupport.post(server.baseUrl() + "/v1/chat/completions", "k", body)
              .json()
              .at("/choices/0/message/content")
              .asString();
    }
    try (MockMistralServer server = MockMistralServer.start()) {
      unseeded =
          HttpSupport.post(server.baseUrl() + "/v1/chat/completions", "k", body)
              .json()
              .at("/choices/0/message/content")
              .asString();
    }

    assertThat(seeded).isEqualTo(unseeded).contains("How do I cross the street?");
  }

  @Test
  void controlCallsBetweenRequestsDoNotMoveTheSeededIdsOn() {
    List<String> plain;
    List<String> watched;
    try (MockMistralServer server = MockMistralServer.builder().seed(8).start()) {
      plain = run(server);
    }
    try (MockMistralServer server = MockMistralServer.builder().seed(8).start()) {
      HttpSupport.get(server.controlUrl() + "/health", "k");
      HttpSupport.post(server.controlUrl() + "/models", "k", "{\"id\": \"extra\"}");
      HttpSupport.get(server.controlUrl() + "/requests", "k");
      watched = run(server);
    }

    assertThat(watched).isEqualTo(plain);
  }
}
