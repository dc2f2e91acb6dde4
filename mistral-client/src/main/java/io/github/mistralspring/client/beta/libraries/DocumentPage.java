package io.github.mistralspring.client.beta.libraries;

import java.util.List;

/**
 * One page of a library's documents (the spec's {@code ListDocumentOut}).
 *
 * @param data the documents of this page, never null
 * @param pagination where this page sits in the listing, or null when the server sent none
 */
public record DocumentPage(List<Document> data, Pagination pagination) {

  /** Copies the documents; absent documents read as none. */
  public DocumentPage {
    data = data == null ? List.of() : List.copyOf(data);
  }
}
