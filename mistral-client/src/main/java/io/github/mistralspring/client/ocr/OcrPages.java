package io.github.mistralspring.client.ocr;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The pages to process, counted from 0: the API accepts a list of page numbers or a string of
 * numbers and ranges such as {@code "0,2-4"}, and this keeps which of the two it is.
 *
 * @param numbers the page numbers, when given as a list; null otherwise
 * @param ranges the string of numbers and ranges, when given as a string; null otherwise
 */
public record OcrPages(@Nullable List<Integer> numbers, @Nullable String ranges) {

  /**
   * Checks that exactly one form is present.
   *
   * @param numbers the page numbers, when given as a list; null otherwise
   * @param ranges the string of numbers and ranges, when given as a string; null otherwise
   */
  public OcrPages {
    if ((numbers == null) == (ranges == null)) {
      throw new IllegalArgumentException("OcrPages holds either page numbers or a ranges string");
    }
    numbers = numbers == null ? null : List.copyOf(numbers);
  }

  /**
   * Selects pages by number, sent as a list.
   *
   * @param numbers the page numbers, from 0
   * @return the pages, sent as a list of numbers
   */
  public static OcrPages of(List<Integer> numbers) {
    return new OcrPages(Objects.requireNonNull(numbers, "numbers"), null);
  }

  /**
   * Selects pages by number, sent as a list.
   *
   * @param numbers the page numbers, from 0
   * @return the pages, sent as a list of numbers
   */
  public static OcrPages of(Integer... numbers) {
    return of(List.of(numbers));
  }

  /**
   * Selects pages by a string of numbers and ranges, such as {@code "0,2-4"}.
   *
   * @param ranges page numbers from 0 and inclusive ranges, separated by commas
   * @return the pages, sent as that string
   */
  public static OcrPages ranges(String ranges) {
    return new OcrPages(null, Objects.requireNonNull(ranges, "ranges"));
  }

  /** Reads either form. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static OcrPages fromJson(JsonNode node) {
    if (node.isString()) {
      return ranges(node.stringValue());
    }
    List<Integer> numbers = new ArrayList<>();
    for (JsonNode element : node) {
      numbers.add(element.asInt());
    }
    return of(numbers);
  }

  /** Writes the form these pages were read or built in. */
  @JsonValue
  Object toJson() {
    return numbers != null ? numbers : ranges;
  }
}
