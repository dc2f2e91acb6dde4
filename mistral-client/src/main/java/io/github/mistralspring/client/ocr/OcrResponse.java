package io.github.mistralspring.client.ocr;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The answer of the OCR API: the pages read, in order.
 *
 * @param pages the pages read
 * @param model the model that read them
 * @param documentAnnotation the document annotation as a JSON string, when a format was asked for
 * @param usageInfo how much the request used
 */
public record OcrResponse(
    List<OcrPageObject> pages,
    String model,
    @JsonProperty("document_annotation") String documentAnnotation,
    @JsonProperty("usage_info") OcrUsageInfo usageInfo) {

  /** An absent list of pages becomes empty. */
  public OcrResponse {
    pages = pages == null ? List.of() : List.copyOf(pages);
  }

  /** Returns the markdown of every page, separated by blank lines. */
  public String markdown() {
    return pages.stream()
        .map(OcrPageObject::markdown)
        .filter(markdown -> markdown != null)
        .collect(Collectors.joining("\n\n"));
  }
}
