package io.github.mistralspring.client.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * The stop sequences of a request: the API accepts one string or a list, and this keeps which of
 * the two it was.
 *
 * @param sequences the stop sequences
 * @param single true when written as one string rather than a list
 */
public record Stop(List<String> sequences, boolean single) {

  /**
   * Checks the sequences; a single form holds exactly one.
   *
   * @param sequences the stop sequences; copied
   * @param single true to write the one sequence as a string; then there must be exactly one
   * @throws IllegalArgumentException when {@code single} is true and there is not exactly one
   *     sequence
   */
  public Stop {
    sequences = List.copyOf(Objects.requireNonNull(sequences, "sequences"));
    if (single && sequences.size() != 1) {
      throw new IllegalArgumentException("A single Stop holds exactly one sequence");
    }
  }

  /**
   * Creates a stop written as one string.
   *
   * @param sequence the stop sequence
   * @return a stop written as a string
   */
  public static Stop of(String sequence) {
    return new Stop(List.of(sequence), true);
  }

  /**
   * Creates a stop written as a list.
   *
   * @param sequences the stop sequences
   * @return a stop written as a list
   */
  public static Stop of(List<String> sequences) {
    return new Stop(sequences, false);
  }

  /** Reads either form. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static Stop fromJson(JsonNode node) {
    if (node.isString()) {
      return of(node.stringValue());
    }
    List<String> sequences = new ArrayList<>();
    for (JsonNode element : node) {
      sequences.add(element.asString());
    }
    return of(sequences);
  }

  /** Writes the form this stop was read or built in. */
  @JsonValue
  Object toJson() {
    return single ? sequences.get(0) : sequences;
  }
}
