package io.github.mistralspring.client.ocr;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One page read by the OCR API.
 *
 * @param index the page's number in the document, from 0
 * @param markdown the page's text as markdown
 * @param images the images extracted from the page
 * @param tables the tables extracted from the page, when a table format was asked for
 * @param hyperlinks the hyperlinks found in the page
 * @param header the page's header, when asked to extract it
 * @param footer the page's footer, when asked to extract it
 * @param dimensions the size of the page's image
 * @param confidenceScores the confidence scores, when asked for
 * @param blocks the content blocks in reading order, when asked for
 */
public record OcrPageObject(
    Integer index,
    String markdown,
    List<OcrImageObject> images,
    List<OcrTableObject> tables,
    List<String> hyperlinks,
    String header,
    String footer,
    OcrPageDimensions dimensions,
    @JsonProperty("confidence_scores") OcrPageConfidenceScores confidenceScores,
    List<OcrBlock> blocks) {

  /** Absent images, tables and hyperlinks become empty lists; absent blocks stay null. */
  public OcrPageObject {
    images = images == null ? List.of() : List.copyOf(images);
    tables = tables == null ? List.of() : List.copyOf(tables);
    hyperlinks = hyperlinks == null ? List.of() : List.copyOf(hyperlinks);
    blocks = blocks == null ? null : List.copyOf(blocks);
  }
}
