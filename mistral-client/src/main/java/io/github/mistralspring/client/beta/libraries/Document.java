package io.github.mistralspring.client.beta.libraries;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.mistralspring.client.internal.values.ReadOnly;
import java.time.OffsetDateTime;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A document of a library, as uploaded and processed (the spec's {@code DocumentOut}).
 *
 * @param id the document's id
 * @param libraryId the id of its library
 * @param hash a hash of its content; uploading the same content again returns this document; absent
 *     when the API did not report it
 * @param mimeType its media type; absent when the API did not detect it
 * @param extension its file name extension; absent when its name has none
 * @param size its size in bytes; absent when the API did not report it
 * @param name its name, the uploaded file's name unless changed
 * @param summary a summary the API made while processing it; absent until processed
 * @param createdAt when it was uploaded
 * @param lastProcessedAt when it was last processed; absent until processed
 * @param numberOfPages how many pages it has; absent for content without pages or not yet processed
 * @param processStatus where its processing is; search finds it once {@code done}
 * @param uploadedById the id of who uploaded it; absent when the API did not report it
 * @param uploadedByType the kind of uploader, such as {@code User} or {@code ApiKey}
 * @param tokensProcessingMainContent the tokens spent processing its content; absent until
 *     processed
 * @param tokensProcessingSummary the tokens spent summarising it; absent until summarised
 * @param url where it came from, for a document added from a URL; absent for an uploaded file
 * @param attributes the attributes set on it (for filtering a listing); empty when none is set
 * @param processingStatus the processing status as the API words it for display
 * @param tokensProcessingTotal the tokens spent processing it in all
 */
public record Document(
    String id,
    @JsonProperty("library_id") String libraryId,
    @Nullable String hash,
    @JsonProperty("mime_type") @Nullable String mimeType,
    @Nullable String extension,
    @Nullable Long size,
    String name,
    @Nullable String summary,
    @JsonProperty("created_at") OffsetDateTime createdAt,
    @JsonProperty("last_processed_at") @Nullable OffsetDateTime lastProcessedAt,
    @JsonProperty("number_of_pages") @Nullable Integer numberOfPages,
    @JsonProperty("process_status") DocumentProcessStatus processStatus,
    @JsonProperty("uploaded_by_id") @Nullable String uploadedById,
    @JsonProperty("uploaded_by_type") String uploadedByType,
    @JsonProperty("tokens_processing_main_content") @Nullable Long tokensProcessingMainContent,
    @JsonProperty("tokens_processing_summary") @Nullable Long tokensProcessingSummary,
    @Nullable String url,
    Map<String, Object> attributes,
    @JsonProperty("processing_status") String processingStatus,
    @JsonProperty("tokens_processing_total") long tokensProcessingTotal) {

  /**
   * Keeps the attributes read-only; absent attributes read as none.
   *
   * @param id the document's id
   * @param libraryId the id of its library
   * @param hash a hash of its content; uploading the same content again returns this document;
   *     absent when the API did not report it
   * @param mimeType its media type; absent when the API did not detect it
   * @param extension its file name extension; absent when its name has none
   * @param size its size in bytes; absent when the API did not report it
   * @param name its name, the uploaded file's name unless changed
   * @param summary a summary the API made while processing it; absent until processed
   * @param createdAt when it was uploaded
   * @param lastProcessedAt when it was last processed; absent until processed
   * @param numberOfPages how many pages it has; absent for content without pages or not yet
   *     processed
   * @param processStatus where its processing is; search finds it once {@code done}
   * @param uploadedById the id of who uploaded it; absent when the API did not report it
   * @param uploadedByType the kind of uploader, such as {@code User} or {@code ApiKey}
   * @param tokensProcessingMainContent the tokens spent processing its content; absent until
   *     processed
   * @param tokensProcessingSummary the tokens spent summarising it; absent until summarised
   * @param url where it came from, for a document added from a URL; absent for an uploaded file
   * @param attributes the attributes set on it (for filtering a listing); empty when none is set
   * @param processingStatus the processing status as the API words it for display
   * @param tokensProcessingTotal the tokens spent processing it in all
   */
  public Document {
    attributes = ReadOnly.map(attributes);
  }

  /**
   * Whether processing has ended and the document is searchable.
   *
   * @return true once the status is {@code done}; false while processing or after an error
   */
  public boolean isProcessed() {
    return DocumentProcessStatus.DONE.equals(processStatus);
  }
}
