package io.github.mistralspring.client.files;

import java.util.List;

/**
 * One page of files.
 *
 * @param data the files on this page
 * @param object the object kind, {@code list}
 * @param total the number of files across all pages, when asked for
 */
public record ListFilesOut(List<StoredFile> data, String object, Long total) {

  /** Copies the files; absent files read as none. */
  public ListFilesOut {
    data = data == null ? List.of() : List.copyOf(data);
  }
}
