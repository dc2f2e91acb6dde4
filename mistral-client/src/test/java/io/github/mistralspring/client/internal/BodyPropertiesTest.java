package io.github.mistralspring.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mistralspring.client.chat.ChatCompletionRequest;
import io.github.mistralspring.client.core.MistralOperation;
import io.github.mistralspring.client.json.MistralJson;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The properties an operation adds to a JSON body, beside the caller's request. */
class BodyPropertiesTest {

  private static final MistralOperation OPERATION =
      MistralOperation.statelessPost("test", "/v1/test");

  @Test
  void theAddedPropertiesComeFirstThenTheRequestsOwnAndItsExtraBody() {
    ChatCompletionRequest request =
        ChatCompletionRequest.builder()
            .addUserMessage("hi")
            .maxTokens(5)
            .extraBody("x_new", 1)
            .build();
    Map<String, Object> added = new LinkedHashMap<>();
    added.put("model", "mistral-small-latest");
    added.put("stream", true);

    String json = MistralJson.mapper().writeValueAsString(new BodyProperties(added, request));

    assertThat(json)
        .isEqualTo(
            "{\"model\":\"mistral-small-latest\",\"stream\":true,\"max_tokens\":5,"
                + "\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}],\"x_new\":1}");
  }

  @Test
  void aRequestWithoutAddedPropertiesIsWrittenAsItIs() {
    ChatCompletionRequest request = ChatCompletionRequest.builder().addUserMessage("hi").build();

    MistralRequest call = MistralRequest.of(OPERATION, request).bodyProperty("model", null);

    assertThat(call.jsonBody()).isSameAs(request);
    assertThat(MistralRequest.of(OPERATION, request).bodyProperty("stream", false).jsonBody())
        .isInstanceOf(BodyProperties.class);
  }
}
