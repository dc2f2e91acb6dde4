package io.github.mistralspring.client.embeddings;

import io.github.mistralspring.client.internal.values.ReadOnly;
import io.github.mistralspring.client.model.UsageInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The answer of the embeddings API: one vector per input text.
 *
 * @param id the response's id
 * @param object the object type, {@code list}
 * @param model the model that embedded the texts
 * @param usage the tokens used
 * @param data the embeddings, each with the index of its text; empty when none
 */
public record EmbeddingResponse(
    String id, String object, String model, UsageInfo usage, List<EmbeddingData> data) {

  /**
   * Keeps the embeddings read-only; absent embeddings read as none.
   *
   * @param id the response's id
   * @param object the object type, {@code list}
   * @param model the model that embedded the texts
   * @param usage the tokens used
   * @param data the embeddings, each with the index of its text; empty when none
   */
  public EmbeddingResponse {
    // Absent entries (a null in the array) are dropped, as they carry nothing.
    data = ReadOnly.withoutNulls(data);
  }

  /**
   * Returns the vectors in the order of the request's input: sorted by {@code index} when every
   * embedding has one, else in the order received; an empty list when there are none.
   *
   * @return one vector per input text; the arrays are not copied
   */
  public List<float[]> vectors() {
    if (data.isEmpty()) {
      return List.of();
    }
    List<EmbeddingData> ordered = new ArrayList<>(data);
    if (ordered.stream().allMatch(item -> item.index() != null)) {
      ordered.sort(Comparator.comparingInt(EmbeddingData::index));
    }
    List<float[]> vectors = new ArrayList<>(ordered.size());
    for (EmbeddingData item : ordered) {
      vectors.add(item.embedding());
    }
    return vectors;
  }

  /**
   * Returns the vector of the first input text.
   *
   * @return the first vector in input order; absent when the response holds none
   */
  public float @Nullable [] firstVector() {
    List<float[]> vectors = vectors();
    return vectors.isEmpty() ? null : vectors.get(0);
  }
}
