package io.github.mistralspring.client;

import io.github.mistralspring.client.chat.ChatCompletionRequest;

/** Small request and response bodies shared by the HTTP tests. */
final class Fixtures {

  static final String SIMPLE_RESPONSE =
      """
      {"id":"cmpl-1","object":"chat.completion","created":1700000000,"model":"mistral-small-latest",
       "choices":[{"index":0,"message":{"role":"assistant","content":"Paris is the capital of France."},
                   "finish_reason":"stop"}],
       "usage":{"prompt_tokens":12,"completion_tokens":8,"total_tokens":20}}
      """;

  private Fixtures() {}

  static ChatCompletionRequest simpleRequest() {
    return ChatCompletionRequest.builder()
        .model("mistral-small-latest")
        .addUserMessage("What is the capital of France?")
        .build();
  }

  /** A stream of text deltas: a first chunk with the role, one per piece, a last with usage. */
  static String textStream(String... pieces) {
    String[] events = new String[pieces.length + 1];
    events[0] =
        "{\"id\":\"s1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"mistral-small-latest\","
            + "\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"\"},\"finish_reason\":null}]}";
    for (int i = 0; i < pieces.length; i++) {
      boolean last = i == pieces.length - 1;
      events[i + 1] =
          "{\"id\":\"s1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"mistral-small-latest\","
              + "\"choices\":[{\"index\":0,\"delta\":{\"content\":\""
              + pieces[i]
              + "\"},\"finish_reason\":"
              + (last ? "\"stop\"" : "null")
              + "}]"
              + (last
                  ? ",\"usage\":{\"prompt_tokens\":10,\"completion_tokens\":4,\"total_tokens\":14}"
                  : "")
              + "}";
    }
    return sse(events);
  }

  /** Server-sent events, one per data, then {@code [DONE]}. */
  static String sse(String... data) {
    StringBuilder body = new StringBuilder();
    for (String event : data) {
      body.append("data: ").append(event).append("\n\n");
    }
    return body.append("data: [DONE]\n\n").toString();
  }
}
