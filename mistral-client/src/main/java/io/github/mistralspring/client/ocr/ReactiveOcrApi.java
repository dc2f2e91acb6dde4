package io.github.mistralspring.client.ocr;

import io.github.mistralspring.client.core.MistralOperation;
import io.github.mistralspring.client.core.WithOptions;
import reactor.core.publisher.Mono;

/**
 * Optical character recognition ({@code POST /v1/ocr}), as {@link Mono}; get it from {@code
 * ReactiveMistralClient.ocr()}.
 */
public interface ReactiveOcrApi extends WithOptions<ReactiveOcrApi> {

  /** OCR of a document or image; stateless, so safe to retry. */
  MistralOperation PROCESS = MistralOperation.statelessPost("ocr", "/v1/ocr");

  /**
   * Reads a document and emits its pages; a request without a model is sent with the client's
   * default OCR model.
   *
   * @throws IllegalArgumentException when neither the request nor the client names a model
   */
  Mono<OcrResponse> process(OcrRequest request);

  /**
   * Reads the document at a URL (such as {@code https://example.com/report.pdf}, or a {@code data:}
   * URL) with the client's default OCR model and emits its pages; for an image, build the request
   * with {@link OcrRequest.Builder#imageUrl(String)}.
   */
  Mono<OcrResponse> process(String documentUrl);
}
