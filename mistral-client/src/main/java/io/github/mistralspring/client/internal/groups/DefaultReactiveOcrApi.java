package io.github.mistralspring.client.internal.groups;

import io.github.mistralspring.client.internal.Calls;
import io.github.mistralspring.client.ocr.OcrRequest;
import io.github.mistralspring.client.ocr.OcrResponse;
import io.github.mistralspring.client.ocr.ReactiveOcrApi;
import java.util.Objects;
import reactor.core.publisher.Mono;

/** The reactive OCR group. */
public final class DefaultReactiveOcrApi extends CallsGroup<ReactiveOcrApi>
    implements ReactiveOcrApi {

  /** The group on a client's calls. */
  public DefaultReactiveOcrApi(Calls calls) {
    super(calls, DefaultReactiveOcrApi::new);
  }

  @Override
  public Mono<OcrResponse> process(OcrRequest request) {
    Objects.requireNonNull(request, "request");
    return calls.exchange(
        Completions.withDefaultModel(
            PROCESS,
            request,
            request.model(),
            "OcrRequest",
            () -> calls.defaultModels().ocrFor(null, "OcrRequest")),
        OcrResponse.class);
  }

  @Override
  public Mono<OcrResponse> process(String documentUrl) {
    return process(
        OcrRequest.builder()
            .documentUrl(Objects.requireNonNull(documentUrl, "documentUrl"))
            .build());
  }
}
