package io.github.mistralspring.client.beta;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.mistralspring.client.MistralClient;
import io.github.mistralspring.client.core.RetryPolicy;
import io.github.mistralspring.client.json.MistralJson;
import io.github.mistralspring.client.model.JsonTrees;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Shared helpers of the beta HTTP tests. */
final class BetaHttpSupport {

  private BetaHttpSupport() {}

  static MistralClient client(WireMockExtension server) {
    return MistralClient.builder()
        .apiKey("k")
        .baseUrl(server.baseUrl())
        .retryPolicy(RetryPolicy.none())
        .build();
  }

  static ResponseDefinitionBuilder json(String body) {
    return WireMock.aResponse().withHeader("Content-Type", "application/json").withBody(body);
  }

  static ResponseDefinitionBuilder events(String body) {
    return WireMock.aResponse()
        .withHeader("Content-Type", "text/event-stream")
        .withBody(body)
        // Roughly one network chunk per 16 bytes: events and lines split anywhere.
        .withChunkedDribbleDelay(Math.max(2, body.length() / 16), 200);
  }

  /** Builds an SSE body from pairs of event name and data. */
  static String sse(String... nameAndData) {
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < nameAndData.length; i += 2) {
      body.append("event: ").append(nameAndData[i]).append('\n');
      body.append("data: ").append(nameAndData[i + 1]).append("\n\n");
    }
    return body.toString();
  }

  static LoggedRequest onlyRequest(WireMockExtension server) {
    List<LoggedRequest> requests = server.findAll(WireMock.anyRequestedFor(WireMock.anyUrl()));
    assertThat(requests).hasSize(1);
    return requests.get(0);
  }

  /**
   * Asserts that a request body equals the expected JSON as trees (nulls and number forms aside).
   */
  static void assertBody(LoggedRequest request, String expectedJson) {
    JsonNode actual = MistralJson.mapper().readTree(request.getBodyAsString());
    JsonNode expected = JsonTrees.withoutNulls(JsonTrees.tree(expectedJson));
    assertThat(actual.equals(JsonTrees.NUMERICALLY_EQUAL, expected))
        .as("sent%n  %s%nexpected%n  %s", actual, expected)
        .isTrue();
  }

  /** The JSON tree of a value with ids and timestamps removed everywhere. */
  static JsonNode withoutIdsAndTimes(Object value) {
    JsonNode tree = JsonTrees.withoutNulls(JsonTrees.written(value));
    strip(tree);
    return tree;
  }

  private static void strip(JsonNode node) {
    if (node instanceof ObjectNode object) {
      object.remove(List.of("id", "created_at", "completed_at"));
      object.properties().forEach(property -> strip(property.getValue()));
    } else if (node instanceof ArrayNode array) {
      array.forEach(BetaHttpSupport::strip);
    }
  }
}
