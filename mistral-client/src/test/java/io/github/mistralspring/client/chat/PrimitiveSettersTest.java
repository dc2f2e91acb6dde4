package io.github.mistralspring.client.chat;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mistralspring.client.fim.FimCompletionRequest;
import io.github.mistralspring.client.json.MistralJson;
import org.junit.jupiter.api.Test;

/** Numeric settings take plain literals, and still write the same JSON. */
class PrimitiveSettersTest {

  @Test
  void temperatureAndTopPTakeIntegerLiteralsAndWriteNumbers() {
    ChatCompletionRequest request =
        ChatCompletionRequest.builder()
            .model("mistral-small-latest")
            .addUserMessage("Hi")
            .temperature(1)
            .topP(1)
            .maxTokens(100)
            .randomSeed(42)
            .build();

    assertThat(request.temperature()).isEqualTo(1.0);
    assertThat(request.topP()).isEqualTo(1.0);
    String json = MistralJson.mapper().writeValueAsString(request);
    assertThat(json).contains("\"temperature\":1.0").contains("\"top_p\":1.0");
    assertThat(json).contains("\"max_tokens\":100").contains("\"random_seed\":42");
  }

  @Test
  void aNullBoxedValueStillClearsTheSetting() {
    FimCompletionRequest request =
        FimCompletionRequest.builder()
            .model("codestral-latest")
            .prompt("def f():")
            .temperature(0.5)
            .temperature((Double) null)
            .build();

    assertThat(request.temperature()).isNull();
  }
}
