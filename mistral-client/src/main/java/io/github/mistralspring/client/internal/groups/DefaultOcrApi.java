package io.github.mistralspring.client.internal.groups;

import io.github.mistralspring.client.core.RequestOptions;
import io.github.mistralspring.client.internal.Blocking;
import io.github.mistralspring.client.ocr.OcrApi;
import io.github.mistralspring.client.ocr.OcrRequest;
import io.github.mistralspring.client.ocr.OcrResponse;
import io.github.mistralspring.client.ocr.ReactiveOcrApi;

/** The blocking OCR group, waiting on the reactive one. */
public final class DefaultOcrApi implements OcrApi {

  private final ReactiveOcrApi reactive;

  /** The blocking face of a reactive group. */
  public DefaultOcrApi(ReactiveOcrApi reactive) {
    this.reactive = reactive;
  }

  @Override
  public OcrResponse process(String documentUrl) {
    return Blocking.await(reactive.process(documentUrl));
  }

  @Override
  public OcrResponse process(OcrRequest request) {
    return Blocking.await(reactive.process(request));
  }

  @Override
  public OcrApi withOptions(RequestOptions options) {
    return new DefaultOcrApi(reactive.withOptions(options));
  }
}
