package io.github.mistralspring.client.classifiers;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.mistralspring.client.internal.values.ReadOnly;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The moderation of one input ({@code ModerationObject}): per category, whether it was flagged and
 * its score.
 *
 * <p>Categories are map keys, not fields, so a category the API adds later is read like any other.
 * {@link ModerationCategories} names the known ones.
 *
 * @param categories whether each category was flagged, by category name; empty when none
 * @param categoryScores the score (0 to 1) of each category, by category name; empty when none
 */
public record ModerationResult(
    Map<String, @Nullable Boolean> categories,
    @JsonProperty("category_scores") Map<String, @Nullable Double> categoryScores) {

  /**
   * Keeps the maps read-only and in the order received; an absent map becomes empty.
   *
   * @param categories whether each category was flagged, by category name; empty when none
   * @param categoryScores the score (0 to 1) of each category, by category name; empty when none
   */
  public ModerationResult {
    categories = ReadOnly.map(categories);
    categoryScores = ReadOnly.map(categoryScores);
  }

  /**
   * Returns true when any category was flagged.
   *
   * @return true when at least one category is flagged {@code true}
   */
  public boolean flagged() {
    return categories.containsValue(Boolean.TRUE);
  }

  /**
   * Returns true when the given category was flagged; false when it is absent.
   *
   * @param category the category's name, such as {@link
   *     ModerationCategories#HATE_AND_DISCRIMINATION}
   * @return true when the API flagged that category
   */
  public boolean flagged(String category) {
    return Boolean.TRUE.equals(categories.get(category));
  }

  /**
   * Returns the score of the given category.
   *
   * @param category the category's name, such as {@link
   *     ModerationCategories#HATE_AND_DISCRIMINATION}
   * @return the score, from 0 to 1; absent when the API did not score that category
   */
  public @Nullable Double score(String category) {
    return categoryScores.get(category);
  }
}
