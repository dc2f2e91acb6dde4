package io.github.mistralspring.client.testsupport;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.mistralspring.client.MistralClient;
import io.github.mistralspring.client.MistralClientBuilder;
import io.github.mistralspring.client.core.RetryPolicy;
import io.github.mistralspring.client.json.MistralJson;
import io.github.mistralspring.client.model.JsonTrees;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * A WireMock server on a free loopback port standing in for the Mistral API, with the client the
 * HTTP tests call it through and the helpers they share for answers and for what was sent.
 *
 * <p>Registered as a static {@code @RegisterExtension} field, the server runs for the test class
 * and forgets its stubs and requests after each test. {@link #client()} builds, on first use for a
 * test (a field initialiser of the test instance, a {@code @BeforeEach} method or the test itself),
 * a client with {@link #API_KEY}, this server's base URL and no retries; the extension closes it
 * after the test, after the test's own {@code @AfterEach} methods. A test that needs another
 * setting starts from {@link #clientBuilder()} and closes what it builds.
 */
public final class MistralWireMock extends WireMockExtension {

  /** The API key of the clients built here. */
  public static final String API_KEY = "test-key";

  private MistralClient client;

  /** A server on a free port of the loopback interface. */
  public MistralWireMock() {
    super(
        WireMockExtension.extensionOptions()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")));
  }

  /** A builder with {@link #API_KEY}, this server's base URL and no retries. */
  public MistralClientBuilder clientBuilder() {
    return MistralClient.builder()
        .apiKey(API_KEY)
        .baseUrl(baseUrl())
        .retryPolicy(RetryPolicy.none());
  }

  /** The current test's client of {@link #clientBuilder()}, built on first use. */
  public MistralClient client() {
    if (client == null) {
      client = clientBuilder().build();
    }
    return client;
  }

  @Override
  protected void onAfterEach(WireMockRuntimeInfo wireMockRuntimeInfo) {
    if (client != null) {
      client.close();
      client = null;
    }
  }

  /** The one request the server received; fails if it received none or more. */
  public LoggedRequest onlyRequest() {
    List<LoggedRequest> requests = findAll(WireMock.anyRequestedFor(WireMock.anyUrl()));
    assertThat(requests).hasSize(1);
    return requests.get(0);
  }

  /** The body of the last request the server received, as a JSON tree. */
  public JsonNode lastRequestBody() {
    return JsonTrees.tree(getAllServeEvents().get(0).getRequest().getBodyAsString());
  }

  /** A response with a JSON body. */
  public static ResponseDefinitionBuilder json(String body) {
    return WireMock.aResponse().withHeader("Content-Type", "application/json").withBody(body);
  }

  /**
   * An event stream sent in about one network chunk per 16 bytes: events and lines split anywhere.
   */
  public static ResponseDefinitionBuilder events(String body) {
    return WireMock.aResponse()
        .withHeader("Content-Type", "text/event-stream")
        .withBody(body)
        .withChunkedDribbleDelay(Math.max(2, body.length() / 16), 200);
  }

  /** An SSE body from pairs of event name and data. */
  public static String sse(String... nameAndData) {
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < nameAndData.length; i += 2) {
      body.append("event: ").append(nameAndData[i]).append('\n');
      body.append("data: ").append(nameAndData[i + 1]).append("\n\n");
    }
    return body.toString();
  }

  /** The parts of a multipart request, in order, as "name=value" (or "name@filename"). */
  public static List<String> parts(LoggedRequest request) {
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

  /**
   * Asserts that a request body equals the expected JSON exactly, as trees (number forms aside).
   */
  public static void assertBody(LoggedRequest request, String expectedJson) {
    assertBody(request, JsonTrees.tree(expectedJson));
  }

  /**
   * Asserts that a request body equals the expected JSON as trees, the expected nulls dropped: a
   * null written in the expected JSON stands for a field the client leaves out.
   */
  public static void assertBodyWithoutNulls(LoggedRequest request, String expectedJson) {
    assertBody(request, JsonTrees.withoutNulls(JsonTrees.tree(expectedJson)));
  }

  private static void assertBody(LoggedRequest request, JsonNode expected) {
    JsonNode actual = MistralJson.mapper().readTree(request.getBodyAsString());
    assertThat(actual.equals(JsonTrees.NUMERICALLY_EQUAL, expected))
        .as("sent%n  %s%nexpected%n  %s", actual, expected)
        .isTrue();
  }
}
