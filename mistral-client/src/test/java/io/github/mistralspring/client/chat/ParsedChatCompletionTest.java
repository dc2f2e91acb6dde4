package io.github.mistralspring.client.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mistralspring.client.json.MistralJson;
import org.junit.jupiter.api.Test;

/** A parsed completion always holds the text its value was read from. */
class ParsedChatCompletionTest {

  private static ChatCompletionResponse response(String message) {
    return MistralJson.newMapper()
        .readValue(
            "{\"id\":\"r\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"m\","
                + "\"choices\":[{\"index\":0,\"message\":"
                + message
                + ",\"finish_reason\":\"stop\"}]}",
            ChatCompletionResponse.class);
  }

  @Test
  void textIsTheAnswerTheValueWasReadFrom() {
    ParsedChatCompletion<Integer> parsed =
        new ParsedChatCompletion<>(42, response("{\"role\":\"assistant\",\"content\":\"42\"}"));

    assertThat(parsed.text()).isEqualTo("42");
  }

  @Test
  void aResponseWithoutTextIsRefusedWhenBuilt() {
    ChatCompletionResponse toolCallsOnly =
        response(
            "{\"role\":\"assistant\",\"content\":null,\"tool_calls\":[{\"id\":\"c\","
                + "\"type\":\"function\",\"function\":{\"name\":\"f\",\"arguments\":\"{}\"}}]}");

    assertThatThrownBy(() -> new ParsedChatCompletion<>(1, toolCallsOnly))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no text");
  }
}
