package io.github.mistralspring.client.embeddings;

import java.util.Arrays;
import java.util.Objects;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * One embedding of an {@link EmbeddingResponse}.
 *
 * <p>The vector is read straight into a {@code float[]} without boxing. The integer types ({@code
 * int8}, {@code uint8}, {@code binary}, {@code ubinary}) only hold values from -128 to 255, which a
 * float holds exactly, so {@link #embedding()} serves every {@link EmbeddingDtype}; {@link
 * #embeddingAsInts()} and {@link #embeddingAsBytes()} convert for those types.
 *
 * @param object the object type, {@code embedding}
 * @param embedding the vector; the array is not copied, so do not change it
 * @param index the position of the embedded text in the request's input
 */
public record EmbeddingData(
    String object,
    @JsonDeserialize(using = EmbeddingVectorDeserializer.class) float[] embedding,
    Integer index) {

  /** The number of values in the vector, or 0 when there is none. */
  public int dimension() {
    return embedding == null ? 0 : embedding.length;
  }

  /**
   * Returns the values as integers, for the {@code int8}, {@code uint8}, {@code binary} and {@code
   * ubinary} types; float values are truncated toward zero.
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
  public boolean equals(Object other) {
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
