package io.github.mistralspring.test;

import tools.jackson.databind.node.ObjectNode;

/**
 * Which operations the API has retired and the simulator answers with {@code 410 Gone}, as the API
 * does: legacy fine-tuning ({@code /v1/fine_tuning/jobs}), when switched on. Shared by the server
 * across resets, like {@link Jobs.Pace}; set through {@link MockMistralServer}.
 */
final class Retirements {

  private static final String FINE_TUNING_JOBS = "/v1/fine_tuning/jobs";

  volatile boolean fineTuning;

  /** The 410 for a retired path, or null when the path is served. */
  Reply gone(String path) {
    if (fineTuning && (path.equals(FINE_TUNING_JOBS) || path.startsWith(FINE_TUNING_JOBS + "/"))) {
      ObjectNode body =
          ApiErrors.error(
              "Legacy fine-tuning has been retired: " + path + " is no longer served.",
              "gone",
              "1410");
      return Reply.json(410, body);
    }
    return null;
  }
}
