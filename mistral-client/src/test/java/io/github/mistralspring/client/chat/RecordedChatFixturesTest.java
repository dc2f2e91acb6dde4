package io.github.mistralspring.client.chat;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mistralspring.client.json.MistralJson;
import io.github.mistralspring.client.model.AssistantMessage;
import io.github.mistralspring.client.model.JsonTrees;
import io.github.mistralspring.client.model.ThinkChunk;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Reads and writes every chat body recorded against the live API. */
class RecordedChatFixturesTest {

  private static final JsonMapper JSON = MistralJson.mapper();

  private static final List<Cassettes.Interaction> INTERACTIONS = Cassettes.chatInteractions();

  @Test
  void findsTheRecordedChatInteractions() {
    assertThat(INTERACTIONS).hasSizeGreaterThan(20);
    assertThat(INTERACTIONS).anyMatch(Cassettes.Interaction::streamed);
  }

  @TestFactory
  Stream<DynamicTest> everyRecordedResponseReadsAndWritesBackTheSameTree() {
    return INTERACTIONS.stream()
        .filter(i -> !i.streamed() && i.status() == 200 && i.responseBody() != null)
        .map(i -> DynamicTest.dynamicTest(i.name(), () -> checkResponse(i.responseBody())));
  }

  private static void checkResponse(JsonNode body) {
    ChatCompletionResponse response = JSON.treeToValue(body, ChatCompletionResponse.class);

    assertThat(response.id()).isEqualTo(body.get("id").asString());
    assertThat(response.choices()).hasSize(body.get("choices").size()).isNotEmpty();
    assertThat(response.usage().totalTokens())
        .isEqualTo(body.path("usage").path("total_tokens").asInt());
    JsonNode message = body.get("choices").get(0).get("message");
    AssistantMessage parsed = response.firstMessage();
    JsonNode toolCalls = message.get("tool_calls");
    if (toolCalls != null && toolCalls.isArray() && !toolCalls.isEmpty()) {
      assertThat(parsed.toolCalls()).hasSize(toolCalls.size());
      assertThat(parsed.toolCalls().get(0).function().argumentsAsString())
          .isEqualTo(toolCalls.get(0).path("function").path("arguments").asString());
    } else {
      assertThat(parsed.toolCalls()).isNull();
    }
    JsonNode content = message.get("content");
    if (content.isString()) {
      assertThat(response.firstContent()).isEqualTo(content.asString());
      assertThat(parsed.content().isString()).isTrue();
    } else {
      assertThat(parsed.content().chunks()).hasSize(content.size());
      assertThat(parsed.content().chunks().get(0)).isInstanceOf(ThinkChunk.class);
      assertThat(parsed.content().thinking()).isNotBlank();
      assertThat(response.firstContent()).isNotBlank();
    }
    // Every field of these bodies is modelled, so the whole tree must survive (nulls aside).
    JsonTrees.assertWritesAs(response, body);
  }

  @TestFactory
  Stream<DynamicTest> everyRecordedRequestRoundTrips() {
    return INTERACTIONS.stream()
        .map(i -> DynamicTest.dynamicTest(i.name(), () -> checkRequest(i.requestBody())));
  }

  private static void checkRequest(JsonNode recorded) {
    // The stream flag is written by the operation called (complete or stream), beside the
    // request: it is not a field of the request.
    ObjectNode body = (ObjectNode) recorded.deepCopy();
    body.remove("stream");
    ChatCompletionRequest request = JSON.treeToValue(body, ChatCompletionRequest.class);

    assertThat(request.model()).isEqualTo(body.get("model").asString());
    assertThat(request.messages()).hasSize(body.get("messages").size());
    assertThat(request.extraBody()).isEmpty();
    // Explicit nulls in the recordings (frequency_penalty: null) are dropped on write, which
    // means the same to the API; numbers compare by value (top_p 1.0 and 1 are equal).
    JsonTrees.assertWritesAs(request, body);
  }

  @Test
  void streamedThinkingAnswerFoldsIntoOneResponse() {
    Cassettes.Interaction streamed =
        INTERACTIONS.stream().filter(Cassettes.Interaction::streamed).findFirst().orElseThrow();
    List<CompletionChunk> chunks = new ArrayList<>();
    StringBuilder expectedThinking = new StringBuilder();
    StringBuilder expectedText = new StringBuilder();
    boolean done = false;
    for (String line : streamed.rawResponseBody().split("\n")) {
      if (!line.startsWith("data: ")) {
        continue;
      }
      String data = line.substring("data: ".length());
      if (data.equals("[DONE]")) {
        done = true;
        continue;
      }
      JsonNode delta = JSON.readTree(data).path("choices").get(0).path("delta");
      JsonNode content = delta.path("content");
      if (content.isString()) {
        expectedText.append(content.asString());
      } else {
        for (JsonNode chunk : content) {
          for (JsonNode piece : chunk.path("thinking")) {
            expectedThinking.append(piece.path("text").asString());
          }
        }
      }
      chunks.add(JSON.readValue(data, CompletionChunk.class));
    }
    assertThat(done).isTrue();

    ChatCompletionResponse response = ChatCompletionAccumulator.accumulate(chunks);

    assertThat(expectedThinking).isNotEmpty();
    assertThat(expectedText).isNotEmpty();
    AssistantMessage message = response.firstMessage();
    assertThat(message.content().thinking()).isEqualTo(expectedThinking.toString());
    assertThat(response.firstContent()).isEqualTo(expectedText.toString());
    assertThat(message.content().chunks())
        .extracting(c -> c.type())
        .containsExactly("thinking", "text");
    assertThat(response.choices().get(0).finishReason().value()).isEqualTo("stop");
    assertThat(response.usage()).isEqualTo(chunks.get(chunks.size() - 1).usage());
    assertThat(response.usage().totalTokens()).isEqualTo(242);
    assertThat(response.id()).isEqualTo(chunks.get(0).id());
    assertThat(response.model()).isEqualTo("magistral-medium-latest");
    assertThat(response.created()).isEqualTo(chunks.get(0).created());
  }
}
