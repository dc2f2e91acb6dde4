package io.github.mistralspring.client.ocr;

import io.github.mistralspring.client.core.WithOptions;

/**
 * Optical character recognition ({@code POST /v1/ocr}), blocking; get it from {@code
 * MistralClient.ocr()}.
 *
 * <p>An error the API answers with is thrown as a {@code MistralApiException} (package {@code
 * error}); a null argument throws a {@link NullPointerException}.
 */
public interface OcrApi extends WithOptions<OcrApi> {

  /**
   * Reads the document at a URL (or a {@code data:} URL) with the client's default OCR model and
   * returns its pages.
   *
   * @param documentUrl the document's URL, such as {@code https://example.com/report.pdf}
   * @return the pages read, in order, as markdown
   * @throws IllegalArgumentException when the client has no default OCR model
   */
  OcrResponse process(String documentUrl);

  /**
   * Reads a document or an image ({@code POST /v1/ocr}) and returns its pages; a request without a
   * model is sent with the client's default OCR model.
   *
   * @param request the document and what to extract from it
   * @return the pages read, in order, with what was asked for
   * @throws IllegalArgumentException when neither the request nor the client names a model
   */
  OcrResponse process(OcrRequest request);
}
