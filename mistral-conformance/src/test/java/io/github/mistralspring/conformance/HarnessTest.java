package io.github.mistralspring.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mistralspring.client.chat.ChatCompletionResponse;
import io.github.mistralspring.client.json.MistralJson;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The conformance harness has teeth: the validator, generator and diff catch what they must. */
class HarnessTest {

  private static final JsonMapper JSON = MistralJson.mapper();
  private static final Spec LIVE = Spec.load(Spec.LIVE);
  private static final SchemaValidator VALIDATOR = new SchemaValidator(LIVE);
  private static final JsonNode CHAT_REQUEST = LIVE.schemas().get("ChatCompletionRequest");

  private static ObjectNode validChat() {
    return (ObjectNode)
        JSON.readTree(
            """
            {"model": "mistral-small-latest", "messages": [{"role": "user", "content": "hi"}]}
            """);
  }

  @Test
  void acceptsAValidRequest() {
    assertThat(VALIDATOR.validate(CHAT_REQUEST, validChat())).isEmpty();
  }

  @Test
  void reportsAFieldTheSpecDoesNotDefineWithItsPointer() {
    ObjectNode body = validChat();
    body.put("temprature", 0.2);
    assertThat(VALIDATOR.validate(CHAT_REQUEST, body))
        .anyMatch(p -> p.contains("additionalProperties") && p.contains("temprature"));
  }

  @Test
  void reportsAWrongTypeAMissingFieldAndAWrongDiscriminator() {
    ObjectNode wrongType = validChat();
    wrongType.put("max_tokens", "many");
    assertThat(VALIDATOR.validate(CHAT_REQUEST, wrongType))
        .anyMatch(p -> p.startsWith("/max_tokens"));

    ObjectNode missing = validChat();
    missing.remove("messages");
    assertThat(VALIDATOR.validate(CHAT_REQUEST, missing))
        .anyMatch(p -> p.contains("required") && p.contains("messages"));

    ObjectNode robot = validChat();
    ((ObjectNode) robot.get("messages").get(0)).put("role", "robot");
    assertThat(VALIDATOR.validate(CHAT_REQUEST, robot)).anyMatch(p -> p.startsWith("/messages/0"));
  }

  @Test
  void variantsReachEveryMessageRoleAndContentChunkType() {
    Set<String> roles = new TreeSet<>();
    Set<String> chunkTypes = new TreeSet<>();
    for (JsonNode instance : ConformanceTest.variants(LIVE, CHAT_REQUEST)) {
      assertThat(VALIDATOR.validate(CHAT_REQUEST, instance)).isEmpty();
      for (JsonNode message : instance.path("messages")) {
        roles.add(message.path("role").asString());
        for (JsonNode chunk : message.path("content")) {
          chunkTypes.add(chunk.path("type").asString());
        }
      }
    }
    assertThat(roles).containsExactlyInAnyOrder("system", "user", "assistant", "tool");
    assertThat(chunkTypes).contains("text", "image_url", "document_url", "thinking");
  }

  @Test
  void diffSeesDroppedAndChangedFields() {
    JsonNode expected =
        JSON.readTree("{\"a\": 1, \"b\": {\"c\": \"x\", \"d\": [1, 2]}, \"n\": null}");
    JsonNode actual = JSON.readTree("{\"a\": 1.0, \"b\": {\"d\": [1, 3]}, \"e\": true}");
    TreeDiff diff = TreeDiff.of(expected, actual);
    assertThat(diff.dropped).containsExactly("/b/c");
    assertThat(diff.changed).containsExactly("/b/d/1 is 3 instead of 2");
    assertThat(diff.added).containsExactly("/e");
  }

  @Test
  void everyFieldResponseOfTheLiveSpecKeepsWhatTheModelKnows() {
    JsonNode schema = LIVE.schemas().get("ChatCompletionResponse");
    List<JsonNode> variants = ConformanceTest.variants(LIVE, schema);
    assertThat(variants).hasSizeGreaterThan(2);
    for (JsonNode instance : variants) {
      ChatCompletionResponse parsed = JSON.treeToValue(instance, ChatCompletionResponse.class);
      TreeDiff diff = TreeDiff.of(instance, JSON.valueToTree(parsed));
      assertThat(diff.changed).isEmpty();
      assertThat(parsed.id()).isEqualTo(instance.get("id").asString());
    }
  }
}
