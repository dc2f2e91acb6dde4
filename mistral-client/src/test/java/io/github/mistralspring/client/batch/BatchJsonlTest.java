package io.github.mistralspring.client.batch;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mistralspring.client.chat.ChatCompletionRequest;
import io.github.mistralspring.client.chat.ChatCompletionResponse;
import io.github.mistralspring.client.embeddings.EmbeddingRequest;
import io.github.mistralspring.client.embeddings.EmbeddingResponse;
import io.github.mistralspring.client.model.JsonTrees;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;

/** Writing batch input files and reading batch results. */
class BatchJsonlTest {

  @Test
  void writesOneLinePerChatRequestWithItsCustomId() throws Exception {
    Map<String, ChatCompletionRequest> requests = new LinkedHashMap<>();
    requests.put(
        "0",
        ChatCompletionRequest.builder()
            .maxTokens(100)
            .addUserMessage("What is the best French cheese?")
            .build());
    requests.put(
        "1",
        ChatCompletionRequest.builder()
            .maxTokens(100)
            .addUserMessage("What is the best French wine?")
            .build());

    Resource file = BatchJsonl.toResource(BatchJsonl.chatRequests(requests), "input.jsonl");

    assertThat(file.getFilename()).isEqualTo("input.jsonl");
    String[] lines = file.getContentAsString(StandardCharsets.UTF_8).split("\n");
    assertThat(lines).hasSize(2);
    assertThat(JsonTrees.tree(lines[0]))
        .isEqualTo(
            JsonTrees.tree(
                """
                {"custom_id": "0", "body": {"max_tokens": 100, "messages":
                  [{"role": "user", "content": "What is the best French cheese?"}]}}
                """));
    assertThat(JsonTrees.tree(lines[1]).get("custom_id").asString()).isEqualTo("1");
  }

  @Test
  void writesEmbeddingRequests() {
    byte[] bytes =
        BatchJsonl.toBytes(
            BatchJsonl.embeddingRequests(
                Map.of("e1", EmbeddingRequest.of("mistral-embed", List.of("a", "b")))));

    assertThat(JsonTrees.tree(new String(bytes, StandardCharsets.UTF_8).trim()))
        .isEqualTo(
            JsonTrees.tree(
                """
                {"custom_id": "e1", "body": {"model": "mistral-embed", "input": ["a", "b"]}}
                """));
  }

  @Test
  void readsChatResultsSuccessesAndFailures() {
    String output =
        """
        {"id": "batch-1", "custom_id": "0", "response": {"status_code": 200, "body": {"id": "c1", "object": "chat.completion", "created": 1, "model": "mistral-small-latest", "choices": [{"index": 0, "message": {"role": "assistant", "content": "Comté."}, "finish_reason": "stop"}], "usage": {"prompt_tokens": 5, "completion_tokens": 2, "total_tokens": 7}}}, "error": null}

        {"id": "batch-2", "custom_id": "1", "response": {"status_code": 400, "body": {"message": "bad request"}}, "error": null}
        {"id": "batch-3", "custom_id": "2", "response": null, "error": {"message": "timeout"}}
        """;

    List<BatchResult<ChatCompletionResponse>> results =
        BatchJsonl.readChatResults(
            new ByteArrayInputStream(output.getBytes(StandardCharsets.UTF_8)));

    assertThat(results).hasSize(3);
    assertThat(results.get(0).isSuccess()).isTrue();
    assertThat(results.get(0).customId()).isEqualTo("0");
    assertThat(results.get(0).body().firstContent()).isEqualTo("Comté.");
    assertThat(results.get(1).isSuccess()).isFalse();
    assertThat(results.get(1).statusCode()).isEqualTo(400);
    assertThat(results.get(1).body()).isNull();
    assertThat(results.get(1).error()).isEqualTo(Map.of("message", "bad request"));
    assertThat(results.get(2).statusCode()).isNull();
    assertThat(results.get(2).error()).isEqualTo(Map.of("message", "timeout"));
  }

  @Test
  void readsEmbeddingResults() {
    String output =
        """
        {"id": "b", "custom_id": "e1", "response": {"status_code": 200, "body": {"id": "e", "object": "list", "model": "mistral-embed", "data": [{"object": "embedding", "index": 0, "embedding": [0.5, 0.25]}], "usage": {"prompt_tokens": 2, "total_tokens": 2}}}}
        """;

    List<BatchResult<EmbeddingResponse>> results =
        BatchJsonl.readEmbeddingResults(
            new ByteArrayInputStream(output.getBytes(StandardCharsets.UTF_8)));

    assertThat(results.get(0).isSuccess()).isTrue();
    assertThat(results.get(0).body().data()).hasSize(1);
  }
}
