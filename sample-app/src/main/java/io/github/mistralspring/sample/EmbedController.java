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

/** Turns texts into embedding vectors, and compares the first two. */
@RestController
class EmbedController {

  private static final int SHOWN_NUMBERS = 5;

  private final MistralClient mistral;
  private final SampleProperties properties;

  EmbedController(MistralClient mistral, SampleProperties properties) {
    this.mistral = mistral;
    this.properties = properties;
  }

  /**
   * Embeds the texts in one call. The answer shows each vector's first few numbers rather than all
   * of them (there are 1024 for mistral-embed), and, when there are two texts or more, the cosine
   * similarity of the first two: near 1 for texts that mean the same, lower for unrelated ones.
   */
  @PostMapping(path = "/api/embed", consumes = MediaType.APPLICATION_JSON_VALUE)
  Embedded embed(@RequestBody TextsToEmbed body) {
    List<String> texts = body.texts();
    if (texts == null || texts.isEmpty() || !texts.stream().allMatch(StringUtils::hasText)) {
      throw new ResponseStatusException(
          HttpStatus.BAD_REQUEST, "Give one text or more in \"texts\", none of them blank");
    }
    EmbeddingResponse response =
        mistral.embeddings().create(EmbeddingRequest.of(properties.embeddingModel(), texts));

    List<float[]> vectors = response.vectors();
    List<Vector> shown = new ArrayList<>();
    for (int i = 0; i < vectors.size(); i++) {
      float[] vector = vectors.get(i);
      float[] first = new float[Math.min(SHOWN_NUMBERS, vector.length)];
      System.arraycopy(vector, 0, first, 0, first.length);
      shown.add(new Vector(texts.get(i), first));
    }
    Double similarity =
        vectors.size() >= 2 ? cosineSimilarity(vectors.get(0), vectors.get(1)) : null;
    return new Embedded(
        response.model(),
        vectors.isEmpty() ? 0 : vectors.get(0).length,
        shown,
        similarity,
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
   * @param texts the texts to embed
   */
  record TextsToEmbed(List<String> texts) {}

  /**
   * The answer of {@code POST /api/embed}.
   *
   * @param model the model that embedded the texts
   * @param dimension how many numbers each vector has
   * @param vectors each text with the first numbers of its vector
   * @param cosineSimilarity how close the first two texts are, or null with a single text
   * @param usage the tokens the call used, or null when the API did not say
   */
  record Embedded(
      String model,
      int dimension,
      List<Vector> vectors,
      Double cosineSimilarity,
      ChatAnswer.Usage usage) {}

  /**
   * One text and the start of its vector.
   *
   * @param text the text embedded
   * @param first the first numbers of its vector
   */
  record Vector(String text, float[] first) {}
}
