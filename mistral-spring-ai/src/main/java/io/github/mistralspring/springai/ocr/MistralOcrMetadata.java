package io.github.mistralspring.springai.ocr;

/**
 * The metadata keys of the {@code Document}s a {@link MistralOcrDocumentReader} reads, one document
 * per page. A key is present only when the API returned a value for it.
 */
public final class MistralOcrMetadata {

  /** The page's index in the document, from 0, as the API numbers pages. */
  public static final String PAGE_INDEX = "page_index";

  /** How many pages the response holds. */
  public static final String PAGE_COUNT = "page_count";

  /** The page's header, when the reader asked for headers to be extracted. */
  public static final String HEADER = "header";

  /** The page's footer, when the reader asked for footers to be extracted. */
  public static final String FOOTER = "footer";

  /**
   * The images of the page, a list of maps with {@code id} (the name the markdown refers to),
   * {@code top_left_x}, {@code top_left_y}, {@code bottom_right_x}, {@code bottom_right_y}, and
   * {@code image_base64} and {@code image_annotation} when returned.
   */
  public static final String IMAGES = "images";

  /**
   * The tables of the page, when the reader asked for a table format: a list of maps with {@code
   * id} (the name the markdown refers to), {@code format} and {@code content}.
   */
  public static final String TABLES = "tables";

  /** The hyperlinks found in the page, a list of strings. */
  public static final String HYPERLINKS = "hyperlinks";

  /** The width of the page's image, in pixels. */
  public static final String PAGE_WIDTH = "page_width";

  /** The height of the page's image, in pixels. */
  public static final String PAGE_HEIGHT = "page_height";

  /** The resolution of the page's image, in dots per inch. */
  public static final String PAGE_DPI = "page_dpi";

  /** What was read: the URL, {@code file:<id>} for an uploaded file, or the resource's name. */
  public static final String SOURCE = "source";

  /** The OCR model that read the document. */
  public static final String MODEL = "model";

  /** The annotation of the whole document, as JSON, when an annotation format was asked for. */
  public static final String DOCUMENT_ANNOTATION = "document_annotation";

  private MistralOcrMetadata() {}
}
