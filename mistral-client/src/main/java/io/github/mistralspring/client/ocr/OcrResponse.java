package io.github.mistralspring.client.ocr;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.mistralspring.client.internal.values.ReadOnly;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The answer of the OCR API: the pages read, in order.
 *
 * @param pages the pages read; empty when none
 * @param model the model that read them
 * @param documentAnnotation the document annotation as a JSON string; absent unless a format was
 *     asked for
 * @param usageInfo how much the request used
 */
public record OcrResponse(
    List<OcrPageObject> pages,
    String model,
    @JsonProperty("document_annotation") @Nullable String documentAnnotation,
    @JsonProperty("usage_info") OcrUsageInfo usageInfo) {

  /**
   * An absent list of pages becomes empty.
   *
   * @param pages the pages read; empty when none
   * @param model the model that read them
   * @param documentAnnotation the document annotation as a JSON string; absent unless a format was
   *     asked for
   * @param usageInfo how much the request used
   */
  public OcrResponse {
    pages = ReadOnly.withoutNulls(pages);
  }

  /**
   * Returns the markdown of every page, separated by blank lines.
   *
   * @return the document's text as markdown, in page order; empty when no page was read
   */
  public String markdown() {
    return pages.stream()
        .map(OcrPageObject::markdown)
        .filter(markdown -> markdown != null)
        .collect(Collectors.joining("\n\n"));
  }
}
