package io.github.mistralspring.client.classifiers;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The moderation of one input ({@code ModerationObject}): per category, whether it was flagged and
 * its score.
 *
 * <p>Categories are map keys, not fields, so a category the API adds later is read like any other.
 * {@link ModerationCategories} names the known ones.
 *
 * @param categories whether each category was flagged, by category name
 * @param categoryScores the score (0 to 1) of each category, by category name
 */
public record ModerationResult(
    Map<String, Boolean> categories,
    @JsonProperty("category_scores") Map<String, Double> categoryScores) {

  /** Keeps the maps read-only and in the order received; an absent map becomes empty. */
  public ModerationResult {
    categories = readOnly(categories);
    categoryScores = readOnly(categoryScores);
  }

  private static <V> Map<String, V> readOnly(Map<String, V> map) {
    return map == null || map.isEmpty()
        ? Map.of()
        : Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }

  /** Returns true when any category was flagged. */
  public boolean flagged() {
    return categories.containsValue(Boolean.TRUE);
  }

  /** Returns true when the given category was flagged; false when it is absent. */
  public boolean flagged(String category) {
    return Boolean.TRUE.equals(categories.get(category));
  }

  /** Returns the score of the given category, or null when it is absent. */
  public Double score(String category) {
    return categoryScores.get(category);
  }
}
