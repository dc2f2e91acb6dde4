package io.github.mistralspring.client.observation;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.github.mistralspring.client.MistralClient;
import io.github.mistralspring.client.chat.ChatCompletionRequest;
import io.github.mistralspring.client.internal.MistralTransport;
import io.github.mistralspring.client.testsupport.MistralWireMock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.apache.commons.logging.LogFactory;
import org.apache.commons.logging.impl.Jdk14Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A response carrying {@code x-model-deprecation-timestamp} makes the client log one warning per
 * model, however many calls follow; captured from java.util.logging, which commons-logging uses
 * here as no other logging API is on the client's test class path.
 */
class ModelDeprecationWarningHttpTest {

  private static final String COMPLETIONS = "/v1/chat/completions";
  private static final String KEY = "test-key-never-logged";
  private static final String RETIREMENT = "2026-03-31T00:00:00Z";

  private static final String COMPLETION =
      """
      {"id":"cmpl-1","object":"chat.completion","created":1,"model":"%s",
       "choices":[{"index":0,"message":{"role":"assistant","content":"Paris"},"finish_reason":"stop"}],
       "usage":{"prompt_tokens":9,"completion_tokens":1,"total_tokens":10}}
      """;

  private static final String STREAM =
      "data: {\"id\":\"s1\",\"object\":\"chat.completion.chunk\",\"created\":1,"
          + "\"model\":\"open-mistral-7b\",\"choices\":[{\"index\":0,\"delta\":"
          + "{\"role\":\"assistant\",\"content\":\"Paris\"},\"finish_reason\":\"stop\"}]}\n\n"
          + "data: [DONE]\n\n";

  @RegisterExtension static MistralWireMock server = new MistralWireMock();

  // Held here: java.util.logging keeps loggers only weakly.
  private final Logger transportLogger = Logger.getLogger(MistralTransport.class.getName());
  private final List<LogRecord> records = new CopyOnWriteArrayList<>();
  private final Handler capture =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          records.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  private MistralClient client;

  @BeforeEach
  void captureTheTransportLog() {
    assertThat(LogFactory.getLog(MistralTransport.class))
        .as("the client's test class path logs through java.util.logging")
        .isInstanceOf(Jdk14Logger.class);
    transportLogger.addHandler(capture);
    client = server.clientBuilder().apiKey(KEY).build();
  }

  @AfterEach
  void release() {
    transportLogger.removeHandler(capture);
    client.close();
  }

  private static ChatCompletionRequest question(String model) {
    return ChatCompletionRequest.builder()
        .model(model)
        .addUserMessage("Capital of France?")
        .build();
  }

  private static void answer(String model, ResponseDefinitionBuilder response) {
    server.stubFor(
        post(COMPLETIONS)
            .withRequestBody(equalToJson("{\"model\":\"" + model + "\"}", true, true))
            .willReturn(response));
  }

  private static ResponseDefinitionBuilder json(String model) {
    return aResponse()
        .withStatus(200)
        .withHeader("Content-Type", "application/json")
        .withBody(COMPLETION.formatted(model));
  }

  private List<String> warnings() {
    return records.stream()
        .filter(record -> record.getLevel().equals(Level.WARNING))
        .map(LogRecord::getMessage)
        .filter(message -> message.contains("deprecated"))
        .toList();
  }

  @Test
  void warnsOncePerModelWhateverTheNumberOfCalls() {
    answer(
        "open-mistral-7b",
        json("open-mistral-7b").withHeader("x-model-deprecation-timestamp", RETIREMENT));
    answer(
        "open-mixtral-8x7b",
        json("open-mixtral-8x7b").withHeader("x-model-deprecation-timestamp", RETIREMENT));

    for (int i = 0; i < 3; i++) {
      client.chat().complete(question("open-mistral-7b"));
    }
    client.chat().complete(question("open-mixtral-8x7b"));
    client.chat().complete(question("open-mixtral-8x7b"));

    assertThat(warnings()).hasSize(2);
    assertThat(warnings().get(0)).contains("open-mistral-7b").contains(RETIREMENT);
    assertThat(warnings().get(1)).contains("open-mixtral-8x7b").contains(RETIREMENT);
    assertThat(records).noneMatch(record -> record.getMessage().contains(KEY));
  }

  @Test
  void saysNothingWithoutTheHeader() {
    answer("mistral-small-latest", json("mistral-small-latest"));

    client.chat().complete(question("mistral-small-latest"));
    client.chat().complete(question("mistral-small-latest"));

    assertThat(warnings()).isEmpty();
  }

  @Test
  void warnsOnAStreamedResponseToo() {
    answer(
        "open-mistral-7b",
        aResponse()
            .withStatus(200)
            .withHeader("Content-Type", "text/event-stream")
            .withHeader("x-model-deprecation-timestamp", RETIREMENT)
            .withBody(STREAM));

    for (int i = 0; i < 2; i++) {
      try (Stream<?> chunks = client.chat().stream(question("open-mistral-7b"))) {
        assertThat(chunks.count()).isEqualTo(1);
      }
    }

    assertThat(warnings()).singleElement().asString().contains("open-mistral-7b");
  }

  @Test
  void eachClientWarnsOnItsOwn() {
    answer(
        "open-mistral-7b",
        json("open-mistral-7b").withHeader("x-model-deprecation-timestamp", RETIREMENT));
    try (MistralClient other = server.clientBuilder().apiKey(KEY).build()) {

      client.chat().complete(question("open-mistral-7b"));
      other.chat().complete(question("open-mistral-7b"));
      other.chat().complete(question("open-mistral-7b"));
    }

    assertThat(warnings()).hasSize(2);
  }
}
