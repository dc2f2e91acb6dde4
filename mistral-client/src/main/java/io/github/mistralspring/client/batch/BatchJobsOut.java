package io.github.mistralspring.client.batch;

import java.util.List;

/**
 * One page of batch jobs.
 *
 * @param data the jobs on this page
 * @param object the object kind, {@code list}
 * @param total the number of jobs across all pages
 */
public record BatchJobsOut(List<BatchJob> data, String object, Long total) {

  /** Copies the jobs; absent jobs read as none. */
  public BatchJobsOut {
    data = data == null ? List.of() : List.copyOf(data);
  }
}
