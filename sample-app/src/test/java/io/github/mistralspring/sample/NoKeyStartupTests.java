package io.github.mistralspring.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mistralspring.autoconfigure.MistralConnectionDetails;
import io.github.mistralspring.test.MockMistralServer;
import java.net.URI;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The sample as a newcomer runs it: no API key at all (an empty MISTRAL_API_KEY, as surefire and
 * some shells set, counts as none), and no test annotation. It must start on the simulator, say so,
 * and answer.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"MISTRAL_API_KEY=", "mistral.api-key="})
@ExtendWith(OutputCaptureExtension.class)
class NoKeyStartupTests {

  @Autowired private ApplicationContext context;
  @Autowired private MistralConnectionDetails connection;
  @LocalServerPort private int port;

  @Test
  void startsOnTheInProcessSimulatorAndSaysSo(CapturedOutput output) throws Exception {
    assertThat(context.getBeansOfType(MockMistralServer.class)).hasSize(1);
    assertThat(URI.create(connection.baseUrl()).getHost()).isIn("127.0.0.1", "localhost");
    assertThat(output)
        .contains("answering from the in-process Mistral simulator")
        .contains("Set MISTRAL_API_KEY to use the real API")
        .contains(
            "Sample ready on http://localhost:"
                + port
                + "/ - With no MISTRAL_API_KEY set, answers come from the in-process Mistral"
                + " simulator at "
                + connection.baseUrl());

    HttpResponse<String> response = new Http(port).post("/api/chat", "{\"prompt\": \"Hello\"}");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(Http.json(response).path("answer").asString()).isNotBlank();
  }
}
