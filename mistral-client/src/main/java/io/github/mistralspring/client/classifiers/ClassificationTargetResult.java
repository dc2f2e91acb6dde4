package io.github.mistralspring.client.classifiers;

import io.github.mistralspring.client.internal.values.ReadOnly;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The classification of one input for one target: a score per label.
 *
 * @param scores the score of each label, by label name; empty when the API sent none
 */
public record ClassificationTargetResult(Map<String, @Nullable Double> scores) {

  /**
   * Keeps the scores read-only and in the order received; absent scores become empty.
   *
   * @param scores the score of each label, by label name; empty when the API sent none
   */
  public ClassificationTargetResult {
    scores = ReadOnly.map(scores);
  }

  /**
   * Returns the label with the highest score, if there is any.
   *
   * @return the name of the best-scored label; empty when no label has a score
   */
  public Optional<String> topLabel() {
    return scores.entrySet().stream()
        .filter(entry -> entry.getValue() != null)
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey);
  }
}
