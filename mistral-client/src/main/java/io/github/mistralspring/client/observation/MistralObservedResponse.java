package io.github.mistralspring.client.observation;

import io.github.mistralspring.client.model.UsageInfo;
import java.util.List;

/**
 * A response, or one event of a streamed response, that reports its id, model and token usage, read
 * by observations.
 */
public interface MistralObservedResponse {

  /** The response's id, or null. */
  String id();

  /** The model that answered, or null. */
  String model();

  /** The tokens used, or null (a stream usually sends them on its last event only). */
  UsageInfo usage();

  /** Why generation stopped, one value per finished choice; empty when not known. */
  default List<String> finishReasons() {
    return List.of();
  }

  /**
   * The generated text this response (or event) carries, recorded only when the user opts in to
   * content; null when there is none.
   */
  default String outputText() {
    return null;
  }
}
