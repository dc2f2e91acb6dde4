package io.github.mistralspring.client.beta.libraries;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * The kind of entity a library is shared with (the spec's {@code EntityType}).
 *
 * <p>A string-backed value rather than an enum: a value the client does not know yet reads without
 * error and is written back unchanged.
 */
public record ShareTargetType(@JsonValue String value) {

  /** One user. */
  public static final ShareTargetType USER = new ShareTargetType("User");

  /** A workspace and its members. */
  public static final ShareTargetType WORKSPACE = new ShareTargetType("Workspace");

  /** A whole organization. */
  public static final ShareTargetType ORG = new ShareTargetType("Org");

  /**
   * Checks that the value is present.
   *
   * @param value the type as the API spells it, such as {@code Workspace}
   */
  public ShareTargetType {
    Objects.requireNonNull(value, "value");
  }

  /**
   * Returns the type for the given string, known or not.
   *
   * @param value the type as the API spells it, such as {@code User}
   * @return the type, one of the constants when the string is known
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static ShareTargetType of(String value) {
    return new ShareTargetType(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
