package io.github.mistralspring.sample;

import io.github.mistralspring.client.MistralClient;
import io.github.mistralspring.client.embeddings.EmbeddingRequest;
import io.github.mistralspring.client.embeddings.EmbeddingResponse;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Turns texts into embedding vectors, and tells how close in meaning each two of them are. */
@RestController
class EmbedController {

  /** Enough for a table a reader can take in; every text more is a row and a column more. */
  static final int MAX_TEXTS = 10;

  private final MistralClient mistral;
  private final SampleProperties properties;

  EmbedController(MistralClient mistral, SampleProperties properties) {
    this.mistral = mistral;
    this.properties = properties;
  }

  /**
   * Embeds the texts in one call and answers the cosine similarity of every pair rather than the
   * vectors themselves (1024 numbers each for mistral-embed): near 1 for texts that mean the same,
   * lower for unrelated ones.
   */
  @PostMapping(path = "/api/embed", consumes = MediaType.APPLICATION_JSON_VALUE)
  Embedded embed(@RequestBody TextsToEmbed body) {
    List<String> texts = body.texts();
    if (texts == null || texts.isEmpty() || !texts.stream().allMatch(StringUtils::hasText)) {
      throw new ResponseStatusException(
          HttpStatus.BAD_REQUEST, "Give one text or more in \"texts\", none of them blank");
    }
    if (texts.size() > MAX_TEXTS) {
      throw new ResponseStatusException(
          HttpStatus.BAD_REQUEST,
          "Give at most " + MAX_TEXTS + " texts in \"texts\", not " + texts.size());
    }
    EmbeddingResponse response =
        mistral.embeddings().embed(EmbeddingRequest.of(properties.embeddingModel(), texts));

    List<float[]> vectors = response.vectors();
    List<List<Double>> similarities = new ArrayList<>();
    for (float[] row : vectors) {
      List<Double> line = new ArrayList<>();
      for (float[] column : vectors) {
        line.add(cosineSimilarity(row, column));
      }
      similarities.add(line);
    }
    return new Embedded(
        response.model(),
        vectors.isEmpty() ? 0 : vectors.get(0).length,
        texts,
        similarities,
        vectors.size() >= 2 ? similarities.get(0).get(1) : null,
        ChatAnswer.Usage.from(response.usage()));
  }

  /** The cosine of the angle between two vectors: 1 when they point the same way. */
  static double cosineSimilarity(float[] a, float[] b) {
    double dot = 0;
    double normA = 0;
    double normB = 0;
    for (int i = 0; i < Math.min(a.length, b.length); i++) {
      dot += a[i] * b[i];
      normA += a[i] * a[i];
      normB += b[i] * b[i];
    }
    return normA == 0 || normB == 0 ? 0 : dot / Math.sqrt(normA * normB);
  }

  /**
   * The body of {@code POST /api/embed}.
   *
   * @param texts the texts to embed, one to ten
   */
  record TextsToEmbed(List<String> texts) {}

  /**
   * The answer of {@code POST /api/embed}.
   *
   * @param model the model that embedded the texts
   * @param dimension how many numbers each vector has
   * @param texts the texts embedded, in order
   * @param similarities the cosine similarity of each two texts: row i, column j compares text i
   *     with text j, and the diagonal is 1
   * @param cosineSimilarity how close the first two texts are, or null with a single text
   * @param usage the tokens the call used, or null when the API did not say
   */
  record Embedded(
      String model,
      int dimension,
      List<String> texts,
      List<List<Double>> similarities,
      Double cosineSimilarity,
      ChatAnswer.Usage usage) {}
}
