package io.github.mistralspring.client.ocr;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * How much an OCR request used.
 *
 * @param pagesProcessed the number of pages processed
 * @param docSizeBytes the document's size in bytes; absent when not reported
 */
public record OcrUsageInfo(
    @JsonProperty("pages_processed") Integer pagesProcessed,
    @JsonProperty("doc_size_bytes") @Nullable Long docSizeBytes) {}
