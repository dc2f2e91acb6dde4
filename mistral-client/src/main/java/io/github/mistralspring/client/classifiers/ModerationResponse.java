package io.github.mistralspring.client.classifiers;

import java.util.List;

/**
 * The answer of the moderation APIs: one result per input, in the order of the inputs.
 *
 * @param id the id of the moderation
 * @param model the model that moderated
 * @param results one result per text or conversation
 */
public record ModerationResponse(String id, String model, List<ModerationResult> results) {

  /** An absent list of results becomes empty. */
  public ModerationResponse {
    results = results == null ? List.of() : List.copyOf(results);
  }

  /** Returns true when any input was flagged in any category. */
  public boolean flagged() {
    return results.stream().anyMatch(ModerationResult::flagged);
  }
}
