package io.github.mistralspring.client.beta.libraries;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Where a document's processing is (the spec's {@code ProcessingStatusOut}).
 *
 * @param documentId the document's id
 * @param processStatus where its processing is; search finds it once {@code done}
 * @param processingStatus the processing status as the API words it for display
 */
public record DocumentStatus(
    @JsonProperty("document_id") String documentId,
    @JsonProperty("process_status") DocumentProcessStatus processStatus,
    @JsonProperty("processing_status") String processingStatus) {}
