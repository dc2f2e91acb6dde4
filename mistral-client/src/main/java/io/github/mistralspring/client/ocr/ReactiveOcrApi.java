package io.github.mistralspring.client.ocr;

import io.github.mistralspring.client.core.MistralOperation;
import reactor.core.publisher.Mono;

/**
 * Optical character recognition ({@code POST /v1/ocr}), as {@link Mono}; get it from {@code
 * ReactiveMistralClient.ocr()}.
 */
public interface ReactiveOcrApi {

  /** OCR of a document or image; stateless, so safe to retry. */
  MistralOperation PROCESS = MistralOperation.statelessPost("ocr", "/v1/ocr");

  /** Reads a document and emits its pages. */
  Mono<OcrResponse> process(OcrRequest request);
}
