package io.github.mistralspring.client.classifiers;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * The texts to moderate or classify: the API accepts one string or a list, and this keeps which of
 * the two it was.
 *
 * @param texts the texts, in order; one result comes back per text
 * @param single true when written as one string rather than a list
 */
public record ClassificationInput(List<String> texts, boolean single) {

  /**
   * Checks the texts; a single form holds exactly one.
   *
   * @param texts the texts, in order; one result comes back per text
   * @param single true when written as one string rather than a list
   */
  public ClassificationInput {
    texts = List.copyOf(Objects.requireNonNull(texts, "texts"));
    if (single && texts.size() != 1) {
      throw new IllegalArgumentException("A single ClassificationInput holds exactly one text");
    }
  }

  /**
   * Creates an input written as one string.
   *
   * @param text the text to moderate or classify
   * @return the input, written as one string
   */
  public static ClassificationInput of(String text) {
    return new ClassificationInput(List.of(text), true);
  }

  /**
   * Creates an input written as a list of strings.
   *
   * @param texts the texts, in order; one result comes back per text
   * @return the input, written as a list
   */
  public static ClassificationInput of(List<String> texts) {
    return new ClassificationInput(texts, false);
  }

  /** Reads either form. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static ClassificationInput fromJson(JsonNode node) {
    if (node.isString()) {
      return of(node.stringValue());
    }
    List<String> texts = new ArrayList<>();
    for (JsonNode element : node) {
      texts.add(element.asString());
    }
    return of(texts);
  }

  /** Writes the form this input was read or built in. */
  @JsonValue
  Object toJson() {
    return single ? texts.get(0) : texts;
  }
}
