package io.github.mistralspring.client.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.mistralspring.client.reliability.ReliabilityFixtures.KEY;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mistralspring.client.MistralClient;
import io.github.mistralspring.client.MistralClientBuilder;
import io.github.mistralspring.client.TestEngine;
import io.github.mistralspring.client.core.MistralOperation;
import io.github.mistralspring.client.core.RetryPolicy;
import io.github.mistralspring.client.internal.MistralRequest;
import io.github.mistralspring.client.testsupport.ForkedJvm;
import io.github.mistralspring.client.testsupport.MistralWireMock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The key is in no log line at the most detailed level, and in no exception or printable object.
 *
 * <p>The logs are captured in a forked JVM ({@link LogCaptureProbe}), so that no logger was created
 * before its level was set by an earlier test in this JVM.
 */
class SecretLeakTest {

  @RegisterExtension static MistralWireMock api = new MistralWireMock();

  @Test
  void theKeyIsInNoLogLineOfAChatCallAStreamedCallOrAFailedCall() throws Exception {
    api.stubFor(
        post("/v1/chat/completions")
            .withHeader("Accept", equalTo("application/json"))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withBody(ReliabilityFixtures.CHAT_RESPONSE)));
    api.stubFor(
        post("/v1/chat/completions")
            .withHeader("Accept", equalTo("text/event-stream"))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "text/event-stream")
                    .withBody(ReliabilityFixtures.stream("Par", "is"))));
    api.stubFor(
        post("/v1/files")
            .willReturn(aResponse().withStatus(401).withBody("{\"message\":\"Unauthorized\"}")));

    ForkedJvm.Output printed =
        ForkedJvm.of(LogCaptureProbe.class)
            .jvmOptions("-Dreactor.logging.fallback=JDK")
            .args(api.baseUrl())
            .run();
    Map<String, String> out = printed.values();
    List<String> leaks = printed.lines().stream().filter(line -> line.startsWith("LEAK")).toList();

    System.out.printf(
        "secrets: %s log lines at the most detailed level (%s), key found in %d%n",
        out.get("lines"),
        out.entrySet().stream()
            .filter(e -> e.getKey().startsWith("lines."))
            .map(e -> e.getKey().substring(6) + "=" + e.getValue())
            .sorted()
            .collect(Collectors.joining(", ")),
        leaks.size());
    assertThat(out.get("chat")).isEqualTo(ReliabilityFixtures.ANSWER.replace(' ', '_'));
    assertThat(out.get("chunks")).isEqualTo("2");
    assertThat(out.get("failure")).isEqualTo("[MistralAuthenticationException]");
    // The key was in play: every request carried it.
    api.verify(
        2,
        postRequestedFor(urlEqualTo("/v1/chat/completions"))
            .withHeader("Authorization", equalTo("Bearer " + KEY)));
    api.verify(
        1,
        postRequestedFor(urlEqualTo("/v1/files"))
            .withHeader("Authorization", equalTo("Bearer " + KEY)));
    // The capture works: Reactor Netty, Netty and WebClient did log at these levels.
    assertThat(Integer.parseInt(out.getOrDefault("lines.reactor", "0"))).isPositive();
    assertThat(
            Integer.parseInt(
                out.getOrDefault("lines.org.springframework.web.reactive.function.client", "0")))
        .isPositive();
    assertThat(leaks).as("lines that hold the key").isEmpty();
  }

  @Test
  void theKeyIsInNoPrintableObject() {
    MistralClientBuilder builder = ReliabilityFixtures.builder(api.baseUrl());
    MistralClientBuilder supplied =
        MistralClient.builder().apiKeySupplier(() -> KEY).baseUrl(api.baseUrl());
    MistralRequest request =
        MistralRequest.of(MistralOperation.statelessPost("chat", "/v1/chat/completions"))
            .body(ReliabilityFixtures.request());
    try (MistralClient client = builder.build();
        MistralClient fromSupplier = supplied.build()) {
      List<Object> printable =
          List.of(
              builder,
              supplied,
              client,
              client.reactive(),
              TestEngine.of(client),
              TestEngine.of(client).settings(),
              client.settings(),
              fromSupplier,
              TestEngine.of(fromSupplier).settings(),
              fromSupplier.settings(),
              TestEngine.of(client).connectionProvider(),
              request,
              ReliabilityFixtures.request(),
              RetryPolicy.defaults());
      for (Object object : printable) {
        assertThat(String.valueOf(object))
            .as("toString of %s", object.getClass().getName())
            .doesNotContain(KEY);
      }
    }
  }
}
