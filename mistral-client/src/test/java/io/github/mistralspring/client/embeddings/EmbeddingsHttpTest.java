package io.github.mistralspring.client.embeddings;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.mistralspring.client.model.JsonTrees.tree;
import static io.github.mistralspring.client.testsupport.MistralWireMock.API_KEY;
import static io.github.mistralspring.client.testsupport.MistralWireMock.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.github.mistralspring.client.MistralClient;
import io.github.mistralspring.client.error.MistralException;
import io.github.mistralspring.client.testsupport.MistralWireMock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/** Embeddings over HTTP against an in-process WireMock server. */
class EmbeddingsHttpTest {

  @RegisterExtension static MistralWireMock server = new MistralWireMock();

  private static final String RESPONSE =
      """
      {"id":"emb-1","object":"list","model":"mistral-embed",
       "data":[{"embedding":[-0.016632080078125,0.0701904296875,0.03143310546875],
                "index":0,"object":"embedding"},
               {"embedding":[-0.0230560302734375,0.039337158203125,0.0521240234375],
                "index":1,"object":"embedding"}],
       "usage":{"prompt_tokens":15,"completion_tokens":0,"total_tokens":15,
                "prompt_audio_seconds":null},
       "a_field_from_the_future":true}
      """;

  private final MistralClient client = server.client();
  private final EmbeddingsApi embeddings = client.embeddings();

  @Test
  void sendsTheExactJsonOfAFullRequestWithTheKey() {
    server.stubFor(post("/v1/embeddings").willReturn(json(RESPONSE)));

    embeddings.embed(
        EmbeddingRequest.builder()
            .model("codestral-embed")
            .metadata(Map.of("source", "docs"))
            .input(List.of("Embed this sentence.", "As well as this one."))
            .outputDimension(256)
            .outputDtype(EmbeddingDtype.INT8)
            .encodingFormat(EncodingFormat.FLOAT)
            .extraBody("truncate", "end")
            .build());

    assertThat(server.lastRequestBody())
        .isEqualTo(
            tree(
                """
                {
                  "model": "codestral-embed",
                  "metadata": {"source": "docs"},
                  "input": ["Embed this sentence.", "As well as this one."],
                  "output_dimension": 256,
                  "output_dtype": "int8",
                  "encoding_format": "float",
                  "truncate": "end"
                }
                """));
    server.verify(
        postRequestedFor(urlEqualTo("/v1/embeddings"))
            .withHeader("Authorization", equalTo("Bearer " + API_KEY))
            .withHeader("Accept", equalTo("application/json"))
            .withHeader("Content-Type", equalTo("application/json")));
  }

  @Test
  void writesOneTextAsAStringAndAListOfOneAsAList() {
    server.stubFor(post("/v1/embeddings").willReturn(json(RESPONSE)));

    embeddings.embed(EmbeddingRequest.of("mistral-embed", "Hello"));
    embeddings.embed(EmbeddingRequest.of("mistral-embed", List.of("Hello")));

    List<ServeEvent> events = new ArrayList<>(server.getAllServeEvents());
    Collections.reverse(events);
    assertThat(tree(events.get(0).getRequest().getBodyAsString()))
        .isEqualTo(tree("{\"model\": \"mistral-embed\", \"input\": \"Hello\"}"));
    assertThat(tree(events.get(1).getRequest().getBodyAsString()))
        .isEqualTo(tree("{\"model\": \"mistral-embed\", \"input\": [\"Hello\"]}"));
  }

  @Test
  void mapsTheResponseWithExactFloatVectors() {
    server.stubFor(post("/v1/embeddings").willReturn(json(RESPONSE)));

    EmbeddingResponse response =
        embeddings.embed(EmbeddingRequest.of("mistral-embed", List.of("a", "b")));

    assertThat(response.id()).isEqualTo("emb-1");
    assertThat(response.object()).isEqualTo("list");
    assertThat(response.model()).isEqualTo("mistral-embed");
    assertThat(response.usage().promptTokens()).isEqualTo(15);
    assertThat(response.usage().totalTokens()).isEqualTo(15);
    assertThat(response.data()).hasSize(2);
    assertThat(response.data().get(0).object()).isEqualTo("embedding");
    assertThat(response.data().get(1).index()).isEqualTo(1);
    assertThat(response.data().get(0).embedding())
        .containsExactly(-0.016632080078125f, 0.0701904296875f, 0.03143310546875f);
    assertThat(response.vectors().get(1))
        .containsExactly(-0.0230560302734375f, 0.039337158203125f, 0.0521240234375f);
  }

  @Test
  void embedsOneTextWithTheShortcut() {
    server.stubFor(
        post("/v1/embeddings")
            .willReturn(
                json(
                    "{\"data\":[{\"embedding\":[0.5,-0.25],\"index\":0,\"object\":\"embedding\"}]}")));

    float[] vector = embeddings.embed("mistral-embed", "Hello");

    assertThat(vector).containsExactly(0.5f, -0.25f);
    assertThat(server.lastRequestBody())
        .isEqualTo(tree("{\"model\":\"mistral-embed\",\"input\":\"Hello\"}"));
  }

  @Test
  void readsAResponseOfAboutTwentyMegabytesFor2048Inputs() {
    int inputs = 2048;
    int dimension = 1024;
    Random random = new Random(2048);
    float[][] vectors = new float[inputs][dimension];
    StringBuilder body = new StringBuilder(24 << 20);
    body.append("{\"id\":\"big\",\"object\":\"list\",\"model\":\"mistral-embed\",\"data\":[");
    for (int i = 0; i < inputs; i++) {
      body.append(i == 0 ? "" : ",").append("{\"object\":\"embedding\",\"index\":").append(i);
      body.append(",\"embedding\":[");
      for (int j = 0; j < dimension; j++) {
        vectors[i][j] = random.nextFloat() * 2 - 1;
        body.append(j == 0 ? "" : ",").append(vectors[i][j]);
      }
      body.append("]}");
    }
    body.append("],\"usage\":{\"prompt_tokens\":4096,\"total_tokens\":4096}}");
    assertThat(body.length()).isGreaterThan(18_000_000);
    server.stubFor(post("/v1/embeddings").willReturn(json(body.toString())));
    List<String> texts = IntStream.range(0, inputs).mapToObj(i -> "text " + i).toList();

    EmbeddingResponse response = embeddings.embed(EmbeddingRequest.of("mistral-embed", texts));

    assertThat(response.data()).hasSize(inputs);
    List<float[]> read = response.vectors();
    for (int i = 0; i < inputs; i++) {
      assertThat(read.get(i)).as("vector %d", i).containsExactly(vectors[i]);
    }
    assertThat(server.lastRequestBody().get("input").size()).isEqualTo(inputs);
  }

  @Test
  void embedsManyTextsInBatchesAndKeepsTheInputOrder() {
    int inputs = 23;
    int batchSize = 5;
    List<String> texts = IntStream.range(0, inputs).mapToObj(i -> "text-" + i).toList();
    for (int start = 0; start < inputs; start += batchSize) {
      int end = Math.min(start + batchSize, inputs);
      // Early batches answer last, and each answer lists its vectors backwards: the helper must
      // restore the order from the request order and each vector's index.
      server.stubFor(
          post("/v1/embeddings")
              .withRequestBody(matchingJsonPath("$.input[0]", equalTo("text-" + start)))
              .willReturn(json(batchResponse(start, end)).withFixedDelay(300 - start * 10)));
    }

    List<float[]> vectors = embeddings.embedAll("mistral-embed", texts, batchSize);

    assertThat(vectors).hasSize(inputs);
    for (int i = 0; i < inputs; i++) {
      assertThat(vectors.get(i)).as("vector %d", i).containsExactly(i, i + 0.5f);
    }
    List<ServeEvent> events = server.getAllServeEvents();
    assertThat(events).hasSize(5);
    for (ServeEvent event : events) {
      JsonNode sent = tree(event.getRequest().getBodyAsString());
      assertThat(sent.get("model").asString()).isEqualTo("mistral-embed");
      assertThat(sent.get("input").size()).isBetween(3, batchSize);
    }
  }

  @Test
  void batchesKeepTheOtherValuesOfTheRequest() {
    server.stubFor(
        post("/v1/embeddings")
            .withRequestBody(matchingJsonPath("$.input[0]", equalTo("text-0")))
            .willReturn(json(batchResponse(0, 2))));
    server.stubFor(
        post("/v1/embeddings")
            .withRequestBody(matchingJsonPath("$.input[0]", equalTo("text-2")))
            .willReturn(json(batchResponse(2, 3))));
    EmbeddingRequest request =
        EmbeddingRequest.builder()
            .model("codestral-embed")
            .input(List.of("text-0", "text-1", "text-2"))
            .outputDimension(2)
            .build();

    List<float[]> vectors = embeddings.embedAll(request, 2);

    assertThat(vectors).hasSize(3);
    assertThat(vectors.get(2)).containsExactly(2f, 2.5f);
    for (ServeEvent event : server.getAllServeEvents()) {
      assertThat(tree(event.getRequest().getBodyAsString()).get("output_dimension").asInt())
          .isEqualTo(2);
    }
  }

  @Test
  void failsWhenABatchAnswersWithTheWrongNumberOfVectors() {
    server.stubFor(post("/v1/embeddings").willReturn(json(batchResponse(0, 1))));

    assertThatThrownBy(() -> embeddings.embedAll("mistral-embed", List.of("a", "b"), 2))
        .isInstanceOf(MistralException.class)
        .hasMessageContaining("1 vectors for 2 input texts");
  }

  @Test
  void embedsNothingWithoutSendingAndRejectsABatchSizeBelowOne() {
    assertThat(embeddings.embedAll("mistral-embed", List.of(), 10)).isEmpty();
    assertThatThrownBy(() -> embeddings.embedAll("mistral-embed", List.of("a"), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("batchSize");
    assertThat(server.getAllServeEvents()).isEmpty();
  }

  @Test
  void readsIntegerDataTypesExactlyAsFloatsIntsAndBytes() {
    server.stubFor(
        post("/v1/embeddings")
            .willReturn(
                json(
                    "{\"data\":[{\"embedding\":[-128,0,127,255,1],\"index\":0,"
                        + "\"object\":\"embedding\"}]}")));

    EmbeddingData data =
        embeddings
            .embed(
                EmbeddingRequest.builder()
                    .model("mistral-embed")
                    .input("x")
                    .outputDtype(EmbeddingDtype.UBINARY)
                    .build())
            .data()
            .get(0);

    assertThat(data.embedding()).containsExactly(-128f, 0f, 127f, 255f, 1f);
    assertThat(data.embeddingAsInts()).containsExactly(-128, 0, 127, 255, 1);
    assertThat(data.embeddingAsBytes())
        .containsExactly((byte) 0x80, (byte) 0, (byte) 0x7f, (byte) 0xff, (byte) 1);
    assertThat(data.dimension()).isEqualTo(5);
  }

  @Test
  void requiresAnInputWhenBuildingButNotAModel() {
    assertThatThrownBy(() -> EmbeddingRequest.builder().model("mistral-embed").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("input");
    assertThat(EmbeddingRequest.builder().input("x").build().model()).isNull();
  }

  @Test
  void refusesToSendARequestWithoutAModelBeforeAnythingLeaves() {
    EmbeddingRequest noModel = EmbeddingRequest.builder().input("x").build();
    try (MistralClient withoutDefault =
        MistralClient.builder()
            .apiKey(API_KEY)
            .baseUrl(server.baseUrl())
            .defaultEmbeddingsModel(null)
            .build()) {
      EmbeddingsApi embeddings = withoutDefault.embeddings();

      assertThatThrownBy(() -> embeddings.embed(noModel))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("model")
          .hasMessageContaining("mistral.embeddings.model");
      assertThatThrownBy(() -> embeddings.embed(null, "x"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("mistral.embeddings.model");
      assertThatThrownBy(() -> embeddings.embedAll(null, List.of("x"), 1))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("mistral.embeddings.model");
    }
    assertThat(server.getAllServeEvents()).isEmpty();
    assertThat(noModel.withModel("mistral-embed").model()).isEqualTo("mistral-embed");
  }

  /**
   * A response for inputs {@code start..end-1} whose vectors are {@code [i, i + 0.5]}, reversed.
   */
  private static String batchResponse(int start, int end) {
    StringBuilder body = new StringBuilder("{\"object\":\"list\",\"model\":\"mistral-embed\",");
    body.append("\"data\":[");
    for (int i = end - 1; i >= start; i--) {
      body.append(i == end - 1 ? "" : ",")
          .append("{\"object\":\"embedding\",\"index\":")
          .append(i - start)
          .append(",\"embedding\":[")
          .append(i)
          .append(",")
          .append(i + 0.5)
          .append("]}");
    }
    return body.append("]}").toString();
  }
}
