package io.github.mistralspring.client.beta.libraries;

import io.github.mistralspring.client.error.MistralException;

/**
 * The API could not process a library document (its status became {@code error}): the document is
 * stored but not searchable. Reprocess it with {@code documents().reprocess(..)}, or delete it.
 */
public class DocumentProcessingException extends MistralException {

  private static final long serialVersionUID = 1L;

  private final transient Document document;

  /**
   * Creates the exception for the document as last read.
   *
   * @param document the document as last read, whose status is {@code error}
   */
  public DocumentProcessingException(Document document) {
    super(
        "Document "
            + document.id()
            + " ("
            + document.name()
            + ") of library "
            + document.libraryId()
            + " could not be processed: its status is "
            + document.processStatus()
            + ". Reprocess it with documents().reprocess(libraryId, documentId), or delete it.");
    this.document = document;
  }

  /**
   * The document as last read, with its status.
   *
   * @return the document as last read, with its status and name
   */
  public Document document() {
    return document;
  }
}
