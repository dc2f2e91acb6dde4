package io.github.mistralspring.client.audio;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.mistralspring.client.MistralClient;
import io.github.mistralspring.client.core.RetryPolicy;
import io.github.mistralspring.client.json.MistralJson;
import io.github.mistralspring.client.model.JsonTrees;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Shared helpers of the audio HTTP tests. */
final class AudioHttpSupport {

  private AudioHttpSupport() {}

  static MistralClient client(WireMockExtension server) {
    return MistralClient.builder()
        .apiKey("test-key")
        .baseUrl(server.baseUrl())
        .retryPolicy(RetryPolicy.none())
        .build();
  }

  static ResponseDefinitionBuilder json(String body) {
    return WireMock.aResponse().withHeader("Content-Type", "application/json").withBody(body);
  }

  /** An event stream sent in about one network chunk per 16 bytes: lines split anywhere. */
  static ResponseDefinitionBuilder events(String body) {
    return WireMock.aResponse()
        .withHeader("Content-Type", "text/event-stream")
        .withBody(body)
        .withChunkedDribbleDelay(Math.max(2, body.length() / 16), 200);
  }

  /** An SSE body from pairs of event name and data. */
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

  /** The parts of a multipart request, in order, as "name=value" (or "name@filename"). */
  static List<String> parts(LoggedRequest request) {
    List<String> parts = new ArrayList<>();
    for (Request.Part part : request.getParts()) {
      String disposition = part.getHeader("Content-Disposition").firstValue();
      int filename = disposition.indexOf("filename=\"");
      if (filename >= 0) {
        parts.add(
            part.getName()
                + "@"
                + disposition.substring(filename + 10, disposition.indexOf('"', filename + 10)));
      } else {
        parts.add(part.getName() + "=" + part.getBody().asString());
      }
    }
    return parts;
  }

  /** Asserts that a request body equals the expected JSON exactly, as trees. */
  static void assertBody(LoggedRequest request, String expectedJson) {
    JsonNode actual = MistralJson.mapper().readTree(request.getBodyAsString());
    JsonNode expected = JsonTrees.tree(expectedJson);
    assertThat(actual.equals(JsonTrees.NUMERICALLY_EQUAL, expected))
        .as("sent%n  %s%nexpected%n  %s", actual, expected)
        .isTrue();
  }
}
