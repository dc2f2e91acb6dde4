package io.github.mistralspring.client.ocr;

import io.github.mistralspring.client.internal.Blocking;

/** Optical character recognition ({@code POST /v1/ocr}), blocking. */
public final class OcrApi {

  private final ReactiveOcrApi reactive;

  /** Creates the blocking face over the reactive API group. */
  public OcrApi(ReactiveOcrApi reactive) {
    this.reactive = reactive;
  }

  /**
   * Reads the document at a URL (or a {@code data:} URL) with the client's default OCR model and
   * returns its pages.
   */
  public OcrResponse process(String documentUrl) {
    return Blocking.await(reactive.process(documentUrl));
  }

  /** Reads a document or an image ({@code POST /v1/ocr}) and returns its pages. */
  public OcrResponse process(OcrRequest request) {
    return Blocking.await(reactive.process(request));
  }
}
