package io.github.mistralspring.client.files;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * Who can see an uploaded file ({@code visibility}).
 *
 * <p>A string-backed value rather than an enum: a value the client does not know yet reads without
 * error and is written back unchanged.
 *
 * @param value the value as the API writes it, such as {@code workspace}
 */
public record FileVisibility(@JsonValue String value) {

  /** Everyone in the workspace. */
  public static final FileVisibility WORKSPACE = new FileVisibility("workspace");

  /** Only the uploader. */
  public static final FileVisibility USER = new FileVisibility("user");

  /**
   * Checks that the value is present.
   *
   * @param value the value as the API writes it, such as {@code workspace}
   */
  public FileVisibility {
    Objects.requireNonNull(value, "value");
  }

  /**
   * Returns the value for the given string, known or not.
   *
   * @param value the value as the API writes it, such as {@code workspace}
   * @return the value, equal to the matching constant when the string is a known one
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static FileVisibility of(String value) {
    return new FileVisibility(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
