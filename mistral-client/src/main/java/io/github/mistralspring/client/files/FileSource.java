package io.github.mistralspring.client.files;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * Where a file came from ({@code source}).
 *
 * <p>A string-backed value rather than an enum: a value the client does not know yet reads without
 * error and is written back unchanged.
 *
 * @param value the value as the API writes it, such as {@code upload}
 */
public record FileSource(@JsonValue String value) {

  /** Uploaded by a user. */
  public static final FileSource UPLOAD = new FileSource("upload");

  /** Taken from a repository. */
  public static final FileSource REPOSITORY = new FileSource("repository");

  /** Made by Mistral, such as a batch job's output. */
  public static final FileSource MISTRAL = new FileSource("mistral");

  /**
   * Checks that the value is present.
   *
   * @param value the value as the API writes it, such as {@code upload}
   */
  public FileSource {
    Objects.requireNonNull(value, "value");
  }

  /**
   * Returns the value for the given string, known or not.
   *
   * @param value the value as the API writes it, such as {@code upload}
   * @return the value, equal to the matching constant when the string is a known one
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static FileSource of(String value) {
    return new FileSource(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
