package io.github.mistralspring.springai.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mistralspring.client.MistralClient;
import io.github.mistralspring.client.embeddings.EmbeddingRequest;
import io.github.mistralspring.springai.Simulators;
import io.github.mistralspring.test.MockMistralExtension;
import io.github.mistralspring.test.MockMistralServer;
import io.github.mistralspring.test.RecordedRequest;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.ai.document.Document;
import org.springframework.ai.embedding.EmbeddingResponse;
import org.springframework.ai.embedding.TokenCountBatchingStrategy;

/** {@link MistralEmbeddingModel} against the Mistral simulator. */
class MistralEmbeddingModelTests {

  @RegisterExtension static MockMistralExtension mistral = new MockMistralExtension();

  private MistralClient client;

  @BeforeEach
  void setUp() {
    client = Simulators.client(mistral.server());
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  private MockMistralServer server() {
    return mistral.server();
  }

  private MistralEmbeddingModel model(int batchSize) {
    return MistralEmbeddingModel.builder()
        .mistralClient(client)
        .defaultOptions(MistralEmbeddingOptions.builder().model("mistral-embed").build())
        .batchSize(batchSize)
        .build();
  }

  private float[] direct(String text) {
    return client.embeddings().embed(EmbeddingRequest.of("mistral-embed", text)).firstVector();
  }

  private static double cosine(float[] a, float[] b) {
    double dot = 0;
    double na = 0;
    double nb = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
      na += a[i] * a[i];
      nb += b[i] * b[i];
    }
    return dot / Math.sqrt(na * nb);
  }

  @Test
  void embedsTextsIntoVectorsThatKeepTheirSimilarity() {
    List<float[]> vectors =
        model(128).embed(List.of("a small cat", "a small kitten", "interest rates rose"));

    assertThat(vectors).hasSize(3).allSatisfy(vector -> assertThat(vector).hasSize(1024));
    assertThat(cosine(vectors.get(0), vectors.get(1)))
        .isGreaterThan(cosine(vectors.get(0), vectors.get(2)));
    assertThat(model(128).dimensions()).isEqualTo(1024);
  }

  @Test
  void manyTextsGoInBatchesAndComeBackInTheirOrder() {
    List<String> texts = List.of("one", "two", "three", "four", "five");

    EmbeddingResponse response =
        model(2)
            .call(
                new org.springframework.ai.embedding.EmbeddingRequest(
                    texts, MistralEmbeddingOptions.builder().build()));

    List<RecordedRequest> requests = server().recordedRequests();
    assertThat(requests).hasSize(3);
    assertThat(requests)
        .extracting(request -> request.bodyJson().path("input").size())
        .containsExactlyInAnyOrder(2, 2, 1);
    assertThat(response.getResults()).hasSize(5);
    for (int i = 0; i < texts.size(); i++) {
      assertThat(response.getResults().get(i).getIndex()).isEqualTo(i);
      assertThat(response.getResults().get(i).getOutput()).isEqualTo(direct(texts.get(i)));
    }
    assertThat(response.getMetadata().getModel()).isEqualTo("mistral-embed");
    assertThat(response.getMetadata().getUsage().getPromptTokens()).isPositive();
  }

  @Test
  void documentsAreEmbeddedInOrderThroughABatchingStrategy() {
    List<Document> documents =
        List.of(new Document("alpha"), new Document("beta"), new Document("gamma"));

    List<float[]> vectors =
        model(2)
            .embed(
                documents,
                MistralEmbeddingOptions.builder().build(),
                new TokenCountBatchingStrategy());

    assertThat(vectors).hasSize(3);
    assertThat(vectors.get(2)).isEqualTo(direct("gamma"));
  }

  @Test
  void theDimensionOptionIsSentAndShapesTheVectors() {
    float[] vector =
        model(128)
            .call(
                new org.springframework.ai.embedding.EmbeddingRequest(
                    List.of("hello"), MistralEmbeddingOptions.builder().dimensions(256).build()))
            .getResult()
            .getOutput();

    assertThat(vector).hasSize(256);
    assertThat(server().takeRequest().bodyJson().path("output_dimension").asInt()).isEqualTo(256);
  }

  @Test
  void noTextsMeansNoCall() {
    EmbeddingResponse response =
        model(128).call(new org.springframework.ai.embedding.EmbeddingRequest(List.of(), null));

    assertThat(response.getResults()).isEmpty();
    assertThat(server().requestCount()).isZero();
  }

  @Test
  void aBatchSizeBelowOneIsRefused() {
    assertThatThrownBy(() -> MistralEmbeddingModel.builder().batchSize(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("batchSize must be 1 or more, was 0");
  }
}
