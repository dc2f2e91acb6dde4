package io.github.mistralspring.client.ocr;

import io.github.mistralspring.client.core.MistralOperation;
import io.github.mistralspring.client.internal.MistralRequest;
import io.github.mistralspring.client.internal.MistralTransport;
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

  /** Reads a document and emits its pages. */
  public Mono<OcrResponse> process(OcrRequest request) {
    return transport.exchange(MistralRequest.of(PROCESS, request), OcrResponse.class);
  }
}
