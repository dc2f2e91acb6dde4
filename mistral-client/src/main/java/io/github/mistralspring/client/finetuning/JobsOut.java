package io.github.mistralspring.client.finetuning;

import java.util.List;

/**
 * One page of fine-tuning jobs.
 *
 * @param data the jobs on this page
 * @param object the object kind, {@code list}
 * @param total the number of jobs across all pages
 */
public record JobsOut(List<FineTuningJob> data, String object, Long total) {

  /** Copies the jobs; absent jobs read as none. */
  public JobsOut {
    data = data == null ? List.of() : List.copyOf(data);
  }
}
