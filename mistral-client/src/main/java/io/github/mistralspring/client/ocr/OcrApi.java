package io.github.mistralspring.client.ocr;

import io.github.mistralspring.client.core.WithOptions;

/**
 * Optical character recognition ({@code POST /v1/ocr}), blocking; get it from {@code
 * MistralClient.ocr()}.
 */
public interface OcrApi extends WithOptions<OcrApi> {

  /**
   * Reads the document at a URL (or a {@code data:} URL) with the client's default OCR model and
   * returns its pages.
   */
  OcrResponse process(String documentUrl);

  /** Reads a document or an image ({@code POST /v1/ocr}) and returns its pages. */
  OcrResponse process(OcrRequest request);
}
