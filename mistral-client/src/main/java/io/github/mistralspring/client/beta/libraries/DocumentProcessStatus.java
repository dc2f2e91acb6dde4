package io.github.mistralspring.client.beta.libraries;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.Set;

/**
 * Where a library document is in its processing ({@code process_status}, the spec's {@code
 * ProcessStatus}): a document is searched by the {@code document_library} tool only once it is
 * {@link #DONE}.
 *
 * <p>A string-backed value rather than an enum: a status the client does not know yet reads without
 * error, and counts as still processing, so waiting goes on until a known end or the timeout.
 */
public record DocumentProcessStatus(@JsonValue String value) {

  /** Waiting to be processed. */
  public static final DocumentProcessStatus TODO = new DocumentProcessStatus("todo");

  /** Being processed. */
  public static final DocumentProcessStatus IN_PROGRESS = new DocumentProcessStatus("in_progress");

  /** Waiting for the API to have capacity to process it. */
  public static final DocumentProcessStatus WAITING_FOR_CAPACITY =
      new DocumentProcessStatus("waiting_for_capacity");

  /** Processed: its text is extracted and searchable; final. */
  public static final DocumentProcessStatus DONE = new DocumentProcessStatus("done");

  /** Processing failed; final until the document is reprocessed. */
  public static final DocumentProcessStatus ERROR = new DocumentProcessStatus("error");

  /** Nothing to process; final. */
  public static final DocumentProcessStatus NOOP = new DocumentProcessStatus("noop");

  /** The document has no content to process; final. */
  public static final DocumentProcessStatus MISSING_CONTENT =
      new DocumentProcessStatus("missing_content");

  /** Its owner processes it, not the API; final. */
  public static final DocumentProcessStatus SELF_MANAGED =
      new DocumentProcessStatus("self_managed");

  private static final Set<String> FINAL =
      Set.of("done", "error", "noop", "missing_content", "self_managed");

  /**
   * Checks that the value is present.
   *
   * @param value the status as the API spells it, such as {@code in_progress}
   */
  public DocumentProcessStatus {
    Objects.requireNonNull(value, "value");
  }

  /**
   * Returns the status for the given string, known or not.
   *
   * @param value the status as the API spells it, such as {@code done}
   * @return the status, one of the constants when the string is known
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static DocumentProcessStatus of(String value) {
    return new DocumentProcessStatus(value);
  }

  /**
   * Whether processing has ended, well or not: the status will not change unless reprocessed.
   *
   * @return true when the status is final, so waiting longer will not change it
   */
  public boolean isFinal() {
    return FINAL.contains(value);
  }

  /**
   * Whether processing failed.
   *
   * @return true for {@code error}; reprocess the document to try again
   */
  public boolean isError() {
    return ERROR.equals(this);
  }

  @Override
  public String toString() {
    return value;
  }
}
