package io.github.mistralspring.client.beta.libraries;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * What those a library is shared with may do (the spec's {@code ShareEnum}).
 *
 * <p>A string-backed value rather than an enum: a value the client does not know yet reads without
 * error and is written back unchanged.
 */
public record ShareLevel(@JsonValue String value) {

  /** May search and read the library. */
  public static final ShareLevel VIEWER = new ShareLevel("Viewer");

  /** May also add, change and delete its documents. */
  public static final ShareLevel EDITOR = new ShareLevel("Editor");

  /**
   * Checks that the value is present.
   *
   * @param value the level as the API spells it, such as {@code Viewer}
   */
  public ShareLevel {
    Objects.requireNonNull(value, "value");
  }

  /**
   * Returns the level for the given string, known or not.
   *
   * @param value the level as the API spells it, such as {@code Editor}
   * @return the level, one of the constants when the string is known
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static ShareLevel of(String value) {
    return new ShareLevel(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
