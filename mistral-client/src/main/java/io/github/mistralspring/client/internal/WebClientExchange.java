package io.github.mistralspring.client.internal;

import io.netty.buffer.ByteBufAllocator;
import java.util.Map;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.core.io.buffer.NettyDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.BodyExtractors;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;

/**
 * The wire through Spring's {@link WebClient}, built from the application's builder so that its
 * filters, customizers and observations apply; used only when the application asks for it. Its
 * connector runs on the client's one {@link HttpClient} and connection pool, and the client's own
 * handling above the seam (decoding, errors, limits, timeouts) is the same as on the direct path:
 * no codec of the builder reads or writes a body.
 */
final class WebClientExchange implements WireExchange {

  private static final NettyDataBufferFactory BUFFERS =
      new NettyDataBufferFactory(ByteBufAllocator.DEFAULT);

  private final WebClient webClient;

  WebClientExchange(WebClient.Builder builder, HttpClient httpClient, String userAgent) {
    this.webClient =
        builder
            .clone()
            .clientConnector(new ReactorClientHttpConnector(httpClient))
            // Request details include headers: never log them, so the key cannot leak.
            .codecs(codecs -> codecs.defaultCodecs().enableLoggingRequestDetails(false))
            .defaultHeader(HttpHeaders.USER_AGENT, userAgent)
            .build();
  }

  @Override
  public Flux<Object> exchange(WireRequest request) {
    WebClient.RequestBodySpec spec =
        webClient
            .method(HttpMethod.valueOf(request.method()))
            .uri(request.uri())
            .headers(
                headers -> {
                  headers.set(HttpHeaders.AUTHORIZATION, request.authorization());
                  headers.set(HttpHeaders.ACCEPT, request.accept());
                  if (request.acceptGzip()) {
                    headers.set(HttpHeaders.ACCEPT_ENCODING, "gzip");
                  }
                  for (Map.Entry<String, String> header : request.extraHeaders().entrySet()) {
                    headers.set(header.getKey(), header.getValue());
                  }
                  RequestBody body = request.body();
                  if (body != null) {
                    headers.set(HttpHeaders.CONTENT_TYPE, body.contentType());
                    if (body.contentLength() >= 0) {
                      headers.setContentLength(body.contentLength());
                    }
                  }
                });
    RequestBody body = request.body();
    WebClient.RequestHeadersSpec<?> ready = spec;
    if (body instanceof RequestBody.Json json) {
      ready =
          spec.body(
              BodyInserters.fromDataBuffers(
                  Mono.<DataBuffer>just(
                      DefaultDataBufferFactory.sharedInstance.wrap(json.bytes()))));
    } else if (body instanceof RequestBody.Streamed streamed) {
      ready = spec.body(BodyInserters.fromDataBuffers(streamed.content().get().map(BUFFERS::wrap)));
    }
    return ready.exchangeToFlux(
        response ->
            Flux.<Object>just(ResponseHead.of(response))
                .concatWith(response.body(BodyExtractors.toDataBuffers())));
  }
}
