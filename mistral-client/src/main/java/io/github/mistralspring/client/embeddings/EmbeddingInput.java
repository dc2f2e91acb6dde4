package io.github.mistralspring.client.embeddings;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * The text to embed: the API accepts one string or a list, and this keeps which of the two it was.
 *
 * @param texts the texts, in order
 * @param single true when written as one string rather than a list
 */
public record EmbeddingInput(List<String> texts, boolean single) {

  /**
   * Checks the texts; a single form holds exactly one.
   *
   * @param texts the texts, in order
   * @param single true when written as one string rather than a list
   */
  public EmbeddingInput {
    texts = List.copyOf(Objects.requireNonNull(texts, "texts"));
    if (single && texts.size() != 1) {
      throw new IllegalArgumentException("A single EmbeddingInput holds exactly one text");
    }
  }

  /**
   * Creates an input written as one string.
   *
   * @param text the text to embed
   * @return the input, written as one string
   */
  public static EmbeddingInput of(String text) {
    return new EmbeddingInput(List.of(Objects.requireNonNull(text, "text")), true);
  }

  /**
   * Creates an input written as a list.
   *
   * @param texts the texts to embed, in order; one embedding comes back per text
   * @return the input, written as a list
   */
  public static EmbeddingInput of(List<String> texts) {
    return new EmbeddingInput(texts, false);
  }

  /**
   * The number of texts.
   *
   * @return how many embeddings the request asks for
   */
  public int size() {
    return texts.size();
  }

  /** Reads either form. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static EmbeddingInput fromJson(JsonNode node) {
    if (node.isString()) {
      return of(node.stringValue());
    }
    List<String> texts = new ArrayList<>(node.size());
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
