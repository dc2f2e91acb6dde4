package io.github.mistralspring.client.embeddings;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * The data type of the returned embedding values ({@code output_dtype}).
 *
 * <p>A string-backed value rather than an enum: a value the client does not know yet reads without
 * error and is written back unchanged.
 *
 * @param value the value as the API writes it, such as {@code float}
 */
public record EmbeddingDtype(@JsonValue String value) {

  /** 32-bit floats, the default. */
  public static final EmbeddingDtype FLOAT = new EmbeddingDtype("float");

  /** Signed 8-bit integers (-128 to 127). */
  public static final EmbeddingDtype INT8 = new EmbeddingDtype("int8");

  /** Unsigned 8-bit integers (0 to 255). */
  public static final EmbeddingDtype UINT8 = new EmbeddingDtype("uint8");

  /** Bits packed eight to a value, each value a signed 8-bit integer. */
  public static final EmbeddingDtype BINARY = new EmbeddingDtype("binary");

  /** Bits packed eight to a value, each value an unsigned 8-bit integer. */
  public static final EmbeddingDtype UBINARY = new EmbeddingDtype("ubinary");

  /**
   * Checks that the value is present.
   *
   * @param value the value as the API writes it, such as {@code float}
   */
  public EmbeddingDtype {
    Objects.requireNonNull(value, "value");
  }

  /**
   * Returns the value for the given string, known or not.
   *
   * @param value the value as the API writes it, such as {@code float}
   * @return the value, equal to the matching constant when the string is a known one
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static EmbeddingDtype of(String value) {
    return new EmbeddingDtype(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
