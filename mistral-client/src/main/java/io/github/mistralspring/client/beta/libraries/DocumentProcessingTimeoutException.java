package io.github.mistralspring.client.beta.libraries;

import io.github.mistralspring.client.error.MistralException;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * A library document was not processed within the time the caller was willing to wait; the API goes
 * on processing it, so waiting again (or reading its status later) may still find it done.
 */
public class DocumentProcessingTimeoutException extends MistralException {

  private static final long serialVersionUID = 1L;

  /** The id of the document's library. */
  private final String libraryId;

  /** The id of the document that was not processed in time. */
  private final String documentId;

  private final transient @Nullable DocumentProcessStatus lastStatus;

  /** How long the caller waited. */
  private final Duration timeout;

  /**
   * Creates the exception.
   *
   * @param libraryId the id of the document's library
   * @param documentId the id of the document that was not processed in time
   * @param lastStatus the last status read; absent when no status had been read yet
   * @param timeout the time that ran out
   */
  public DocumentProcessingTimeoutException(
      String libraryId,
      String documentId,
      @Nullable DocumentProcessStatus lastStatus,
      Duration timeout) {
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

  /**
   * The id of the document's library.
   *
   * @return the library's id, to wait again with {@code awaitProcessed(..)}
   */
  public String libraryId() {
    return libraryId;
  }

  /**
   * The id of the document waited for.
   *
   * @return the document's id, to wait again with {@code awaitProcessed(..)}
   */
  public String documentId() {
    return documentId;
  }

  /**
   * The document's status at the last poll; absent when no poll had answered.
   *
   * @return the status last read, such as {@code in_progress}
   */
  public @Nullable DocumentProcessStatus lastStatus() {
    return lastStatus;
  }

  /**
   * How long the caller waited.
   *
   * @return the time waited, to pass a longer one next
   */
  public Duration timeout() {
    return timeout;
  }
}
