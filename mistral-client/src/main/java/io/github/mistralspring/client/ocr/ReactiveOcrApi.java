package io.github.mistralspring.client.ocr;

import io.github.mistralspring.client.MistralOperation;
import io.github.mistralspring.client.internal.MistralRequest;
import io.github.mistralspring.client.internal.MistralTransport;
import java.util.Objects;
import reactor.core.publisher.Mono;

/** Optical character recognition ({@code POST /v1/ocr}), as {@link Mono}. */
public final class ReactiveOcrApi {

  /** OCR of a document or image; stateless, so safe to retry. */
  public static final MistralOperation PROCESS = MistralOperation.statelessPost("ocr", "/v1/ocr");

  private final MistralTransport transport;

  /** Creates the API group on a transport; clients create it, users get it from {@code ocr()}. */
  public ReactiveOcrApi(MistralTransport transport) {
    this.transport = transport;
  }

  /**
   * Reads a document and emits its pages; a request without a model is sent with the client's
   * default OCR model.
   *
   * @throws IllegalArgumentException when neither the request nor the client names a model
   */
  public Mono<OcrResponse> process(OcrRequest request) {
    OcrRequest withModel =
        request.withModel(
            transport.settings().defaultModels().ocrFor(request.model(), "OcrRequest"));
    return transport.exchange(MistralRequest.of(PROCESS, withModel), OcrResponse.class);
  }

  /**
   * Reads the document at a URL (such as {@code https://example.com/report.pdf}, or a {@code data:}
   * URL) with the client's default OCR model and emits its pages; for an image, build the request
   * with {@link OcrRequest.Builder#imageUrl(String)}.
   */
  public Mono<OcrResponse> process(String documentUrl) {
    return process(
        OcrRequest.builder()
            .documentUrl(Objects.requireNonNull(documentUrl, "documentUrl"))
            .build());
  }
}
