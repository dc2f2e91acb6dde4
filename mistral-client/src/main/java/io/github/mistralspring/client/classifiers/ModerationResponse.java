package io.github.mistralspring.client.classifiers;

import io.github.mistralspring.client.internal.values.ReadOnly;
import java.util.List;

/**
 * The answer of the moderation APIs: one result per input, in the order of the inputs.
 *
 * @param id the id of the moderation
 * @param model the model that moderated
 * @param results one result per text or conversation; empty when none
 */
public record ModerationResponse(String id, String model, List<ModerationResult> results) {

  /**
   * An absent list of results becomes empty.
   *
   * @param id the id of the moderation
   * @param model the model that moderated
   * @param results one result per text or conversation; empty when none
   */
  public ModerationResponse {
    results = ReadOnly.withoutNulls(results);
  }

  /**
   * Returns true when any input was flagged in any category.
   *
   * @return true when at least one result is {@link ModerationResult#flagged()}
   */
  public boolean flagged() {
    return results.stream().anyMatch(ModerationResult::flagged);
  }
}
