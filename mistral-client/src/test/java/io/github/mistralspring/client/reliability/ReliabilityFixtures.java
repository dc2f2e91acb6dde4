package io.github.mistralspring.client.reliability;

import io.github.mistralspring.client.MistralClient;
import io.github.mistralspring.client.MistralClientBuilder;
import io.github.mistralspring.client.chat.ChatCompletionRequest;
import java.time.Duration;

/** Bodies, requests and client settings shared by the reliability tests. */
final class ReliabilityFixtures {

  /** A key that looks real, so that a leak is easy to find; never a real one. */
  static final String KEY = "sk-reliability-test-key-5f3a9c1e7b2d";

  static final String ANSWER = "Paris is the capital of France.";

  static final String CHAT_RESPONSE =
      "{\"id\":\"cmpl-1\",\"object\":\"chat.completion\",\"created\":1700000000,"
          + "\"model\":\"mistral-small-latest\",\"choices\":[{\"index\":0,\"message\":"
          + "{\"role\":\"assistant\",\"content\":\""
          + ANSWER
          + "\"},\"finish_reason\":\"stop\"}],"
          + "\"usage\":{\"prompt_tokens\":12,\"completion_tokens\":8,\"total_tokens\":20}}";

  private ReliabilityFixtures() {}

  static ChatCompletionRequest request() {
    return request("What is the capital of France?");
  }

  static ChatCompletionRequest request(String question) {
    return ChatCompletionRequest.builder()
        .model("mistral-small-latest")
        .addUserMessage(question)
        .build();
  }

  /** A chat response whose answer is {@code content}. */
  static String chatResponse(String content) {
    return CHAT_RESPONSE.replace(ANSWER, content);
  }

  /** The data of one stream chunk carrying {@code text}. */
  static String chunkData(String text) {
    return "{\"id\":\"s1\",\"object\":\"chat.completion.chunk\",\"created\":1,"
        + "\"model\":\"mistral-small-latest\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\""
        + text
        + "\"},\"finish_reason\":null}]}";
  }

  /** One server-sent event. */
  static String event(String data) {
    return "data: " + data + "\n\n";
  }

  /** A whole stream: one event per piece, then {@code [DONE]}. */
  static String stream(String... pieces) {
    StringBuilder body = new StringBuilder();
    for (String piece : pieces) {
      body.append(event(chunkData(piece)));
    }
    return body.append(event("[DONE]")).toString();
  }

  /** A client builder for a local server, with the test key. */
  static MistralClientBuilder builder(String baseUrl) {
    return MistralClient.builder()
        .apiKey(KEY)
        .baseUrl(baseUrl)
        .connectTimeout(Duration.ofSeconds(2));
  }
}
