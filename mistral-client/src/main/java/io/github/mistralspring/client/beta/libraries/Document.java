package io.github.mistralspring.client.beta.libraries;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A document of a library, as uploaded and processed (the spec's {@code DocumentOut}).
 *
 * @param id the document's id
 * @param libraryId the id of its library
 * @param hash a hash of its content; uploading the same content again returns this document
 * @param mimeType its media type, or null
 * @param extension its file name extension, or null
 * @param size its size in bytes, or null
 * @param name its name, the uploaded file's name unless changed
 * @param summary a summary the API made while processing it, or null
 * @param createdAt when it was uploaded
 * @param lastProcessedAt when it was last processed, or null
 * @param numberOfPages how many pages it has, or null
 * @param processStatus where its processing is; search finds it once {@code done}
 * @param uploadedById the id of who uploaded it, or null
 * @param uploadedByType the kind of uploader, such as {@code User} or {@code ApiKey}
 * @param tokensProcessingMainContent the tokens spent processing its content, or null
 * @param tokensProcessingSummary the tokens spent summarising it, or null
 * @param url where it came from, for a document added from a URL, or null
 * @param attributes the attributes set on it (for filtering a listing), never null
 * @param processingStatus the processing status as the API words it for display
 * @param tokensProcessingTotal the tokens spent processing it in all
 */
public record Document(
    String id,
    @JsonProperty("library_id") String libraryId,
    String hash,
    @JsonProperty("mime_type") String mimeType,
    String extension,
    Long size,
    String name,
    String summary,
    @JsonProperty("created_at") OffsetDateTime createdAt,
    @JsonProperty("last_processed_at") OffsetDateTime lastProcessedAt,
    @JsonProperty("number_of_pages") Integer numberOfPages,
    @JsonProperty("process_status") DocumentProcessStatus processStatus,
    @JsonProperty("uploaded_by_id") String uploadedById,
    @JsonProperty("uploaded_by_type") String uploadedByType,
    @JsonProperty("tokens_processing_main_content") Long tokensProcessingMainContent,
    @JsonProperty("tokens_processing_summary") Long tokensProcessingSummary,
    String url,
    Map<String, Object> attributes,
    @JsonProperty("processing_status") String processingStatus,
    @JsonProperty("tokens_processing_total") long tokensProcessingTotal) {

  /** Keeps the attributes read-only; absent attributes read as none. */
  public Document {
    attributes =
        attributes == null || attributes.isEmpty()
            ? Map.of()
            : Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
  }

  /** Whether processing has ended and the document is searchable. */
  public boolean isProcessed() {
    return DocumentProcessStatus.DONE.equals(processStatus);
  }
}
