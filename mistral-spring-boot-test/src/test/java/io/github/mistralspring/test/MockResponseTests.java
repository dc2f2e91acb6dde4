package io.github.mistralspring.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class MockResponseTests {

  @Test
  void rateLimitedKeepsASubSecondRetryAfter() {
    assertThat(MockResponse.rateLimited(Duration.ofMillis(500)).headers())
        .containsEntry("Retry-After", "0.5");
    assertThat(MockResponse.rateLimited(Duration.ofMillis(1250)).headers())
        .containsEntry("Retry-After", "1.25");
    assertThat(MockResponse.rateLimited(Duration.ofSeconds(2)).headers())
        .containsEntry("Retry-After", "2");
    assertThat(MockResponse.rateLimited(Duration.ZERO).headers()).containsEntry("Retry-After", "0");
  }

  @Test
  void sendsTheApisBodyForAnErrorStatus() {
    assertThat(MockResponse.rateLimited(Duration.ofSeconds(1)).body())
        .isEqualTo(
            "{\"object\":\"error\",\"message\":\"Requests rate limit exceeded\","
                + "\"type\":\"rate_limited\",\"param\":null,\"code\":\"1300\"}");
    assertThat(MockResponse.apiError(401).body()).isEqualTo("{\"detail\":\"Unauthorized\"}");
    assertThat(Json.parse(MockResponse.apiError(503).body()).get("type").asString())
        .isEqualTo("internal_server_error");
    assertThatThrownBy(() -> MockResponse.apiError(200))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("from 400 to 599, was 200");
  }

  @Test
  void scriptsSeveralToolCallsOnlyOnAToolCallAnswer() {
    MockResponse calls =
        MockResponse.toolCall("a", "{}").andToolCall("b", "{\"x\":1}").withDelay(Duration.ZERO);

    assertThat(calls.calls()).extracting(MockResponse.ScriptedCall::name).containsExactly("a", "b");
    assertThatThrownBy(() -> MockResponse.answer("x").andToolCall("b", "{}"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("MockResponse.toolCall(...)");
  }
}
