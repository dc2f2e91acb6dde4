package io.github.mistralspring.client.ocr;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.mistralspring.client.internal.values.ReadOnly;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page read by the OCR API.
 *
 * @param index the page's number in the document, from 0
 * @param markdown the page's text as markdown
 * @param images the images extracted from the page; empty when none
 * @param tables the tables extracted from the page; empty unless a table format was asked for
 * @param hyperlinks the hyperlinks found in the page; empty when none
 * @param header the page's header; absent unless asked to extract it
 * @param footer the page's footer; absent unless asked to extract it
 * @param dimensions the size of the page's image; absent when not reported
 * @param confidenceScores the confidence scores; absent unless asked for
 * @param blocks the content blocks in reading order; empty unless asked for ({@code
 *     include_blocks})
 */
public record OcrPageObject(
    Integer index,
    String markdown,
    List<OcrImageObject> images,
    List<OcrTableObject> tables,
    List<String> hyperlinks,
    @Nullable String header,
    @Nullable String footer,
    @Nullable OcrPageDimensions dimensions,
    @JsonProperty("confidence_scores") @Nullable OcrPageConfidenceScores confidenceScores,
    List<OcrBlock> blocks) {

  /**
   * Absent images, tables, hyperlinks and blocks become empty lists.
   *
   * @param index the page's number in the document, from 0
   * @param markdown the page's text as markdown
   * @param images the images extracted from the page; empty when none
   * @param tables the tables extracted from the page; empty unless a table format was asked for
   * @param hyperlinks the hyperlinks found in the page; empty when none
   * @param header the page's header; absent unless asked to extract it
   * @param footer the page's footer; absent unless asked to extract it
   * @param dimensions the size of the page's image; absent when not reported
   * @param confidenceScores the confidence scores; absent unless asked for
   * @param blocks the content blocks in reading order; empty unless asked for ({@code
   *     include_blocks})
   */
  public OcrPageObject {
    images = ReadOnly.withoutNulls(images);
    tables = ReadOnly.withoutNulls(tables);
    hyperlinks = ReadOnly.withoutNulls(hyperlinks);
    blocks = ReadOnly.withoutNulls(blocks);
  }
}
