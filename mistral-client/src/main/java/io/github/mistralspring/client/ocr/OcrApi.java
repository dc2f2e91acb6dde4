package io.github.mistralspring.client.ocr;

/**
 * Optical character recognition ({@code POST /v1/ocr}), blocking; get it from {@code
 * MistralClient.ocr()}.
 */
public interface OcrApi {

  /** Reads a document and waits for its pages. */
  OcrResponse process(OcrRequest request);
}
