package io.github.mistralspring.client.beta;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.mistralspring.client.MistralClient;
import io.github.mistralspring.client.error.MistralNotFoundException;
import io.github.mistralspring.client.testsupport.MistralWireMock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.test.StepVerifier;

/** Deleting agents and conversations, which the API answers with {@code 204 No Content}. */
class DeletionsHttpTest {

  @RegisterExtension static MistralWireMock server = new MistralWireMock();

  private final MistralClient client = server.client();

  @Test
  void deletesAnAgentWithADeleteOnItsPath() {
    server.stubFor(delete("/v1/agents/ag_1").willReturn(aResponse().withStatus(204)));

    client.beta().agents().delete("ag_1");

    LoggedRequest request = server.onlyRequest();
    assertThat(request.getMethod().getName()).isEqualTo("DELETE");
    assertThat(request.getUrl()).isEqualTo("/v1/agents/ag_1");
  }

  @Test
  void deletesAConversationOnBothFaces() {
    server.stubFor(delete("/v1/conversations/conv_1").willReturn(aResponse().withStatus(204)));

    StepVerifier.create(client.reactive().beta().conversations().delete("conv_1"))
        .expectComplete()
        .verify(Duration.ofSeconds(10));

    LoggedRequest request = server.onlyRequest();
    assertThat(request.getMethod().getName()).isEqualTo("DELETE");
    assertThat(request.getUrl()).isEqualTo("/v1/conversations/conv_1");
  }

  @Test
  void aMissingAgentOrConversationIsNotFoundAndABlankIdNeverSent() {
    server.stubFor(
        delete("/v1/conversations/conv_x")
            .willReturn(
                aResponse()
                    .withStatus(404)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"detail\":\"Conversation conv_x not found\"}")));

    assertThatThrownBy(() -> client.beta().conversations().delete("conv_x"))
        .isInstanceOf(MistralNotFoundException.class)
        .hasMessageContaining("conv_x not found");
    assertThatThrownBy(() -> client.beta().agents().delete(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("agentId");
  }
}
