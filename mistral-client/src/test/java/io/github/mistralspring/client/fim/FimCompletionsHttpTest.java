package io.github.mistralspring.client.fim;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.mistralspring.client.model.JsonTrees.tree;
import static io.github.mistralspring.client.testsupport.MistralWireMock.API_KEY;
import static io.github.mistralspring.client.testsupport.MistralWireMock.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mistralspring.client.MistralClient;
import io.github.mistralspring.client.chat.ChatCompletionAccumulator;
import io.github.mistralspring.client.chat.ChatCompletionResponse;
import io.github.mistralspring.client.chat.CompletionChunk;
import io.github.mistralspring.client.model.FinishReason;
import io.github.mistralspring.client.testsupport.MistralWireMock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** FIM completions over HTTP against an in-process WireMock server. */
class FimCompletionsHttpTest {

  @RegisterExtension static MistralWireMock server = new MistralWireMock();

  private static final String RESPONSE =
      """
      {"id":"447e3e0d457e42e98248b5d2ef52a2a3","object":"chat.completion","model":"codestral-2508",
       "usage":{"prompt_tokens":8,"completion_tokens":91,"total_tokens":99},
       "created":1759496862,
       "choices":[{"index":0,
                   "message":{"content":"add(a, b):\\n    return a + b\\n","tool_calls":null,
                              "prefix":false,"role":"assistant"},
                   "finish_reason":"stop"}],
       "a_field_from_the_future":{"x":1}}
      """;

  private final MistralClient client = server.client();
  private final FimApi fim = client.fim();
  private final ReactiveFimApi reactiveFim = client.reactive().fim();

  @Test
  void sendsTheExactJsonOfAFullRequestWithTheKey() {
    server.stubFor(post("/v1/fim/completions").willReturn(json(RESPONSE)));

    fim.complete(
        FimCompletionRequest.builder()
            .model("codestral-latest")
            .prompt("def add(")
            .suffix("print(add(1, 2))")
            .temperature(0.2)
            .topP(0.9)
            .maxTokens(64)
            .minTokens(2)
            .stop(List.of("\n\n", "def "))
            .randomSeed(7L)
            .metadata(Map.of("team", "ide"))
            .promptCacheKey("repo-1")
            .extraBody("experimental_flag", true)
            .build());

    assertThat(server.lastRequestBody())
        .isEqualTo(
            tree(
                """
                {
                  "model": "codestral-latest",
                  "temperature": 0.2,
                  "top_p": 0.9,
                  "max_tokens": 64,
                  "stream": false,
                  "stop": ["\\n\\n", "def "],
                  "random_seed": 7,
                  "metadata": {"team": "ide"},
                  "prompt": "def add(",
                  "suffix": "print(add(1, 2))",
                  "min_tokens": 2,
                  "prompt_cache_key": "repo-1",
                  "experimental_flag": true
                }
                """));
    server.verify(
        postRequestedFor(urlEqualTo("/v1/fim/completions"))
            .withHeader("Authorization", equalTo("Bearer " + API_KEY))
            .withHeader("Accept", equalTo("application/json"))
            .withHeader("Content-Type", equalTo("application/json")));
  }

  @Test
  void leavesUnsetFieldsOutAndWritesOneStopSequenceAsAString() {
    server.stubFor(post("/v1/fim/completions").willReturn(json(RESPONSE)));

    fim.complete(
        FimCompletionRequest.builder().model("codestral-latest").prompt("x = ").stop(";").build());

    assertThat(server.lastRequestBody())
        .isEqualTo(
            tree(
                """
                {"model": "codestral-latest", "stream": false, "stop": ";", "prompt": "x = "}
                """));
  }

  @Test
  void mapsTheResponseIntoAChatCompletionResponse() {
    server.stubFor(post("/v1/fim/completions").willReturn(json(RESPONSE)));

    ChatCompletionResponse response = fim.complete(request());

    assertThat(response.id()).isEqualTo("447e3e0d457e42e98248b5d2ef52a2a3");
    assertThat(response.object()).isEqualTo("chat.completion");
    assertThat(response.model()).isEqualTo("codestral-2508");
    assertThat(response.created()).isEqualTo(1759496862L);
    assertThat(response.firstContent()).isEqualTo("add(a, b):\n    return a + b\n");
    assertThat(response.choices().get(0).finishReason()).isEqualTo(FinishReason.STOP);
    assertThat(response.usage().promptTokens()).isEqualTo(8);
    assertThat(response.usage().completionTokens()).isEqualTo(91);
    assertThat(response.usage().totalTokens()).isEqualTo(99);
  }

  @Test
  void streamsChunksUntilDoneAndFoldsThemIntoAResponse() {
    server.stubFor(post("/v1/fim/completions").willReturn(eventStream(textStream("a + ", "b"))));

    List<CompletionChunk> chunks;
    try (Stream<CompletionChunk> stream = fim.stream(request())) {
      chunks = stream.toList();
    }

    assertThat(chunks).hasSize(3);
    ChatCompletionResponse folded = ChatCompletionAccumulator.accumulate(chunks);
    assertThat(folded.firstContent()).isEqualTo("a + b");
    assertThat(folded.model()).isEqualTo("codestral-latest");
    assertThat(folded.choices().get(0).finishReason()).isEqualTo(FinishReason.STOP);
    assertThat(folded.usage().totalTokens()).isEqualTo(9);
    assertThat(server.lastRequestBody())
        .isEqualTo(
            tree(
                """
                {"model": "codestral-latest", "stream": true, "prompt": "def add(a, b):"}
                """));
    server.verify(
        postRequestedFor(urlEqualTo("/v1/fim/completions"))
            .withHeader("Authorization", equalTo("Bearer " + API_KEY))
            .withHeader("Accept", equalTo("text/event-stream")));
  }

  @Test
  void streamsReactivelyAndAccumulatesInTheBlockingFace() {
    server.stubFor(
        post("/v1/fim/completions").willReturn(eventStream(textStream("return", " a", " + b"))));

    ChatCompletionResponse reactive =
        reactiveFim.stream(request())
            .collect(ChatCompletionAccumulator::new, ChatCompletionAccumulator::accept)
            .map(ChatCompletionAccumulator::toResponse)
            .block(Duration.ofSeconds(10));
    ChatCompletionResponse blocking = fim.streamAndAccumulate(request());

    assertThat(reactive.firstContent()).isEqualTo("return a + b");
    assertThat(blocking.firstContent()).isEqualTo("return a + b");
  }

  @Test
  void requiresAPromptWhenBuilding() {
    assertThatThrownBy(() -> FimCompletionRequest.builder().model("codestral-latest").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("prompt");
  }

  @Test
  void buildsWithoutAModelButRefusesToSendOneBeforeAnythingLeaves() {
    FimCompletionRequest noModel = FimCompletionRequest.builder().prompt("def ").build();
    try (MistralClient withoutDefault =
        MistralClient.builder()
            .apiKey(API_KEY)
            .baseUrl(server.baseUrl())
            .defaultFimModel(null)
            .build()) {
      FimApi fim = withoutDefault.fim();

      assertThatThrownBy(() -> fim.complete(noModel))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("model")
          .hasMessageContaining("mistral.fim.model");
      assertThatThrownBy(() -> fim.stream(noModel))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("mistral.fim.model");
    }
    assertThat(server.getAllServeEvents()).isEmpty();
  }

  @Test
  void aModelFilledInLaterIsSent() {
    server.stubFor(post("/v1/fim/completions").willReturn(json(RESPONSE)));
    FimCompletionRequest noModel = FimCompletionRequest.builder().prompt("def ").build();

    fim.complete(noModel.toBuilder().model("codestral-2508").build());

    assertThat(server.lastRequestBody().get("model").asString()).isEqualTo("codestral-2508");
    assertThat(noModel.toBuilder().model("m").build().prompt()).isEqualTo("def ");
  }

  private static FimCompletionRequest request() {
    return FimCompletionRequest.builder()
        .model("codestral-latest")
        .prompt("def add(a, b):")
        .build();
  }

  /** A stream of text deltas: a first chunk with the role, one per piece, the last with usage. */
  private static String textStream(String... pieces) {
    StringBuilder body = new StringBuilder();
    body.append(
        "data: {\"id\":\"f1\",\"object\":\"chat.completion.chunk\",\"created\":1,"
            + "\"model\":\"codestral-latest\",\"choices\":[{\"index\":0,"
            + "\"delta\":{\"role\":\"assistant\",\"content\":\"\"},\"finish_reason\":null}]}\n\n");
    for (int i = 0; i < pieces.length; i++) {
      boolean last = i == pieces.length - 1;
      body.append("data: {\"id\":\"f1\",\"object\":\"chat.completion.chunk\",\"created\":1,")
          .append("\"model\":\"codestral-latest\",\"choices\":[{\"index\":0,")
          .append("\"delta\":{\"content\":\"")
          .append(pieces[i])
          .append("\"},\"finish_reason\":")
          .append(last ? "\"stop\"" : "null")
          .append("}]")
          .append(
              last
                  ? ",\"usage\":{\"prompt_tokens\":6,\"completion_tokens\":3,\"total_tokens\":9}"
                  : "")
          .append("}\n\n");
    }
    return body.append("data: [DONE]\n\n").toString();
  }

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder eventStream(
      String body) {
    return aResponse().withHeader("Content-Type", "text/event-stream").withBody(body);
  }
}
