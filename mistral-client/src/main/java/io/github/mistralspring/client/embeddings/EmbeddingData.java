package io.github.mistralspring.client.embeddings;

import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * One embedding of an {@link EmbeddingResponse}.
 *
 * <p>The vector is read straight into a {@code float[]} without boxing. The integer types ({@code
 * int8}, {@code uint8}, {@code binary}, {@code ubinary}) only hold values from -128 to 255, which a
 * float holds exactly, so {@link #embedding()} serves every {@link EmbeddingDtype}; {@link
 * #embeddingAsInts()} and {@link #embeddingAsBytes()} convert for those types.
 *
 * @param object the object type, {@code embedding}; absent when the API did not send it
 * @param embedding the vector, empty when the API sent none; the array is not copied, so do not
 *     change it
 * @param index the position of the embedded text in the request's input; absent when the API did
 *     not send it
 */
public record EmbeddingData(
    @Nullable String object,
    @JsonDeserialize(using = EmbeddingVectorDeserializer.class) float[] embedding,
    @Nullable Integer index) {

  private static final float[] NONE = {};

  /**
   * An absent vector reads as an empty one.
   *
   * @param object the object type, {@code embedding}; absent when the API did not send it
   * @param embedding the vector, empty when the API sent none; the array is not copied, so do not
   *     change it
   * @param index the position of the embedded text in the request's input; absent when the API did
   *     not send it
   */
  public EmbeddingData {
    embedding = embedding == null ? NONE : embedding;
  }

  /**
   * The number of values in the vector, or 0 when there is none.
   *
   * @return the vector's length, such as 1,024 for {@code mistral-embed}
   */
  public int dimension() {
    return embedding.length;
  }

  /**
   * Returns the values as integers, for the {@code int8}, {@code uint8}, {@code binary} and {@code
   * ubinary} types; float values are truncated toward zero.
   *
   * @return a new array with one integer per value of the vector
   */
  public int[] embeddingAsInts() {
    int[] values = new int[dimension()];
    for (int i = 0; i < values.length; i++) {
      values[i] = (int) embedding[i];
    }
    return values;
  }

  /**
   * Returns the values as bytes, for the packed bits of the {@code binary} and {@code ubinary}
   * types (and the 8-bit types): each value is narrowed to its low eight bits, so 255 and -1 both
   * become {@code 0xFF}.
   *
   * @return a new array with one byte per value of the vector
   */
  public byte[] embeddingAsBytes() {
    byte[] values = new byte[dimension()];
    for (int i = 0; i < values.length; i++) {
      values[i] = (byte) (int) embedding[i];
    }
    return values;
  }

  /** Compares the vectors by content, not by array identity. */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof EmbeddingData that
        && Objects.equals(object, that.object)
        && Arrays.equals(embedding, that.embedding)
        && Objects.equals(index, that.index);
  }

  @Override
  public int hashCode() {
    return Objects.hash(object, Arrays.hashCode(embedding), index);
  }

  /** Shows the size of the vector rather than its values, which can run to thousands. */
  @Override
  public String toString() {
    return "EmbeddingData[object="
        + object
        + ", index="
        + index
        + ", dimension="
        + dimension()
        + "]";
  }
}
