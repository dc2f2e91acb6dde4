package io.github.mistralspring.client.ocr;

import io.github.mistralspring.client.internal.Blocking;

/** Optical character recognition ({@code POST /v1/ocr}), blocking. */
public final class OcrApi {

  private final ReactiveOcrApi reactive;

  /** Creates the blocking face over the reactive API group. */
  public OcrApi(ReactiveOcrApi reactive) {
    this.reactive = reactive;
  }

  /** Reads a document and waits for its pages. */
  public OcrResponse process(OcrRequest request) {
    return Blocking.await(reactive.process(request));
  }
}
