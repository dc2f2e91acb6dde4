package io.github.mistralspring.client.internal;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;
import java.util.Map;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;

/**
 * The wire straight on Reactor Netty's {@link HttpClient}, with nothing in between: the default,
 * since {@code WebClient}'s per-request wrappers and header maps roughly halved throughput in the
 * benchmarks.
 */
final class DirectExchange implements WireExchange {

  private final HttpClient client;

  DirectExchange(HttpClient client) {
    this.client = client;
  }

  @Override
  public Flux<Object> exchange(WireRequest request) {
    return client
        .request(HttpMethod.valueOf(request.method()))
        .uri(request.uri())
        .send(
            (out, outbound) -> {
              HttpHeaders headers = out.requestHeaders();
              headers.set(HttpHeaderNames.AUTHORIZATION, request.authorization());
              headers.set(HttpHeaderNames.ACCEPT, request.accept());
              if (request.acceptGzip()) {
                headers.set(HttpHeaderNames.ACCEPT_ENCODING, HttpHeaderValues.GZIP);
              }
              for (Map.Entry<String, String> header : request.extraHeaders().entrySet()) {
                headers.set(header.getKey(), header.getValue());
              }
              RequestBody body = request.body();
              if (body == null) {
                return outbound;
              }
              headers.set(HttpHeaderNames.CONTENT_TYPE, body.contentType());
              if (body.contentLength() >= 0) {
                headers.set(HttpHeaderNames.CONTENT_LENGTH, body.contentLength());
              } else {
                headers.set(HttpHeaderNames.TRANSFER_ENCODING, HttpHeaderValues.CHUNKED);
              }
              if (body instanceof RequestBody.Json json) {
                return outbound.sendByteArray(Mono.just(json.bytes()));
              }
              return outbound.send(((RequestBody.Streamed) body).content().get());
            })
        .response(
            (response, content) ->
                Flux.<Object>just(ResponseHead.of(response)).concatWith(content));
  }
}
