package io.github.mistralspring.client.beta.libraries;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of a library's documents (the spec's {@code ListDocumentOut}).
 *
 * @param data the documents of this page; empty when there are none
 * @param pagination where this page sits in the listing; absent when the server sent none
 */
public record DocumentPage(List<Document> data, @Nullable Pagination pagination) {

  /**
   * Copies the documents; absent documents read as none.
   *
   * @param data the documents of this page; empty when there are none
   * @param pagination where this page sits in the listing; absent when the server sent none
   */
  public DocumentPage {
    data = data == null ? List.of() : List.copyOf(data);
  }
}
