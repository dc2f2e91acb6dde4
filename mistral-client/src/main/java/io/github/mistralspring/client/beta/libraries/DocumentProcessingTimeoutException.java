package io.github.mistralspring.client.beta.libraries;

import io.github.mistralspring.client.error.MistralException;
import java.time.Duration;

/**
 * A library document was not processed within the time the caller was willing to wait; the API goes
 * on processing it, so waiting again (or reading its status later) may still find it done.
 */
public class DocumentProcessingTimeoutException extends MistralException {

  private static final long serialVersionUID = 1L;

  private final String libraryId;
  private final String documentId;
  private final transient DocumentProcessStatus lastStatus;
  private final Duration timeout;

  /** Creates the exception. */
  public DocumentProcessingTimeoutException(
      String libraryId, String documentId, DocumentProcessStatus lastStatus, Duration timeout) {
    super(
        "Document "
            + documentId
            + " of library "
            + libraryId
            + " was not processed within "
            + timeout
            + "; its last status was "
            + (lastStatus == null ? "unknown (no answer yet)" : lastStatus.value())
            + ". The API goes on processing it: wait again with documents().awaitProcessed(..),"
            + " or pass a longer timeout.");
    this.libraryId = libraryId;
    this.documentId = documentId;
    this.lastStatus = lastStatus;
    this.timeout = timeout;
  }

  /** The id of the document's library. */
  public String libraryId() {
    return libraryId;
  }

  /** The id of the document waited for. */
  public String documentId() {
    return documentId;
  }

  /** The document's status at the last poll, or null when no poll had answered. */
  public DocumentProcessStatus lastStatus() {
    return lastStatus;
  }

  /** How long the caller waited. */
  public Duration timeout() {
    return timeout;
  }
}
