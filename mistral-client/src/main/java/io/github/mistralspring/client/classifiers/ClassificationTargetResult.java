package io.github.mistralspring.client.classifiers;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The classification of one input for one target: a score per label.
 *
 * @param scores the score of each label, by label name
 */
public record ClassificationTargetResult(Map<String, Double> scores) {

  /** Keeps the scores read-only and in the order received; absent scores become empty. */
  public ClassificationTargetResult {
    scores =
        scores == null || scores.isEmpty()
            ? Map.of()
            : Collections.unmodifiableMap(new LinkedHashMap<>(scores));
  }

  /** Returns the label with the highest score, if there is any. */
  public Optional<String> topLabel() {
    return scores.entrySet().stream()
        .filter(entry -> entry.getValue() != null)
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey);
  }
}
