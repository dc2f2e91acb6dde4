package io.github.mistralspring.client.classifiers;

import io.github.mistralspring.client.internal.values.ReadOnly;
import java.util.List;
import java.util.Map;

/**
 * The answer of the classification APIs: per input, in the order of the inputs, a result for each
 * target of the classifier.
 *
 * @param id the id of the classification
 * @param model the classifier that answered
 * @param results per input, the result of each target by target name; empty when none
 */
public record ClassificationResponse(
    String id, String model, List<Map<String, ClassificationTargetResult>> results) {

  /**
   * Keeps the results read-only and the targets in the order received.
   *
   * @param id the id of the classification
   * @param model the classifier that answered
   * @param results per input, the result of each target by target name; empty when none
   */
  public ClassificationResponse {
    results =
        results == null
            ? List.of()
            : results.stream()
                .<Map<String, ClassificationTargetResult>>map(targets -> ReadOnly.map(targets))
                .toList();
  }
}
