package io.github.mistralspring.client.ocr;

import io.github.mistralspring.client.core.MistralOperation;
import io.github.mistralspring.client.core.WithOptions;
import reactor.core.publisher.Mono;

/**
 * Optical character recognition ({@code POST /v1/ocr}), as {@link Mono}; get it from {@code
 * ReactiveMistralClient.ocr()}.
 *
 * <p>An error the API answers with is signalled as a {@code MistralApiException} (package {@code
 * error}); a null argument throws a {@link NullPointerException} at the call.
 */
public interface ReactiveOcrApi extends WithOptions<ReactiveOcrApi> {

  /** OCR of a document or image; stateless, so safe to retry. */
  MistralOperation PROCESS = MistralOperation.statelessPost("ocr", "/v1/ocr");

  /**
   * Reads a document and emits its pages; a request without a model is sent with the client's
   * default OCR model.
   *
   * @param request the document and what to extract from it
   * @return the pages read, in order, with what was asked for
   * @throws IllegalArgumentException when neither the request nor the client names a model
   */
  Mono<OcrResponse> process(OcrRequest request);

  /**
   * Reads the document at a URL (such as {@code https://example.com/report.pdf}, or a {@code data:}
   * URL) with the client's default OCR model and emits its pages; for an image, build the request
   * with {@link OcrRequest.Builder#imageUrl(String)}.
   *
   * @param documentUrl the document's URL, such as {@code https://example.com/report.pdf}
   * @return the pages read, in order, as markdown
   * @throws IllegalArgumentException when the client has no default OCR model
   */
  Mono<OcrResponse> process(String documentUrl);
}
