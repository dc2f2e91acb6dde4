package io.github.mistralspring.client.error;

import java.io.Serializable;
import java.util.List;
import org.jspecify.annotations.Nullable;

// Left out of the serialized-form page: JDK 17's javadoc asks a comment of each component's field
// there and does not read the @param tags below (later JDKs do); the form is the components.
/**
 * One problem in a request the API rejected with 422.
 *
 * @param location where the problem is, such as {@code ["body", "messages", 0, "content"]}
 * @param message what is wrong; absent when the API did not say
 * @param type the kind of problem, such as {@code missing}; absent when the API did not say
 * @serial exclude
 */
public record ValidationError(
    List<Object> location, @Nullable String message, @Nullable String type)
    implements Serializable {

  /**
   * The location as a dotted path, such as {@code body.messages.0.content}.
   *
   * @return the location joined with dots, such as {@code body.messages.0.content}
   */
  public String path() {
    StringBuilder path = new StringBuilder();
    for (Object part : location) {
      if (path.length() > 0) {
        path.append('.');
      }
      path.append(part);
    }
    return path.toString();
  }
}
