package io.github.mistralspring.client.internal;

import io.github.mistralspring.client.MistralOperation;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ClientHttpRequest;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.http.codec.json.JacksonJsonDecoder;
import org.springframework.http.codec.json.JacksonJsonEncoder;
import org.springframework.web.reactive.function.BodyExtractors;
import org.springframework.web.reactive.function.BodyInserter;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.http.client.HttpClientRequest;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * The transport's calls on Spring's {@link WebClient}: multipart uploads and downloads always, and
 * JSON and event-stream calls when the application handed in a {@link WebClient.Builder} whose
 * filters must apply. One attempt per call; retries, error translation and observations stay with
 * {@link MistralTransport}, which also supplies the key, the JSON encoding and decoding, and the
 * deprecation warnings, so both paths behave the same.
 */
final class WebClientExchange {

  private final MistralTransport transport;
  private final TransportSettings settings;
  private final WebClient webClient;

  WebClientExchange(
      MistralTransport transport,
      TransportSettings settings,
      HttpClient httpClient,
      JsonMapper mapper) {
    this.transport = transport;
    this.settings = settings;
    WebClient.Builder builder =
        settings.webClientBuilder() != null
            ? settings.webClientBuilder().clone()
            : WebClient.builder();
    this.webClient =
        builder
            .clientConnector(new ReactorClientHttpConnector(httpClient))
            .codecs(
                codecs -> {
                  codecs.defaultCodecs().jacksonJsonEncoder(new JacksonJsonEncoder(mapper));
                  codecs.defaultCodecs().jacksonJsonDecoder(new JacksonJsonDecoder(mapper));
                  codecs.defaultCodecs().maxInMemorySize(settings.maxInMemorySize());
                  // Request details include headers: never log them, so the key cannot leak.
                  codecs.defaultCodecs().enableLoggingRequestDetails(false);
                })
            .defaultHeader(HttpHeaders.USER_AGENT, MistralTransport.USER_AGENT)
            .build();
  }

  /** Sends a request and reads its JSON answer with {@code reader}. */
  <T> Mono<T> exchange(MistralRequest request, URI uri, ObjectReader reader) {
    MistralOperation operation = request.operation();
    return send(
            operation, uri, body(request), MediaType.APPLICATION_JSON, settings.responseTimeout())
        .exchangeToMono(
            response -> {
              transport.warnIfDeprecated(
                  request, response.headers().header(MistralTransport.DEPRECATION_HEADER));
              return readResponse(operation, response, reader);
            });
  }

  /** Sends a request and reads its event-stream answer, one value per event. */
  <T> Flux<T> stream(
      MistralRequest request,
      URI uri,
      ServerSentEventReader<T> payloadReader,
      boolean requireDone,
      ServerSentEventFlux.Progress progress) {
    MistralOperation operation = request.operation();
    return send(
            operation,
            uri,
            body(request),
            MediaType.TEXT_EVENT_STREAM,
            settings.streamIdleTimeout())
        .exchangeToFlux(
            response -> {
              transport.warnIfDeprecated(
                  request, response.headers().header(MistralTransport.DEPRECATION_HEADER));
              return readStream(operation, response, payloadReader, requireDone, progress);
            });
  }

  /** Sends a request and passes its body on as it arrives; the subscriber releases each buffer. */
  Flux<DataBuffer> download(MistralRequest request, URI uri) {
    MistralOperation operation = request.operation();
    return send(operation, uri, body(request), MediaType.ALL, settings.responseTimeout())
        .exchangeToFlux(
            response -> {
              int status = response.statusCode().value();
              if (status < 200 || status >= 300) {
                return this.<DataBuffer>errorFrom(operation, response).flux();
              }
              return response.body(BodyExtractors.toDataBuffers());
            });
  }

  private BodyInserter<?, ? super ClientHttpRequest> body(MistralRequest request) {
    if (request.multipart() != null) {
      return BodyInserters.fromMultipartData(request.multipart());
    }
    byte[] json = transport.encode(request.body());
    return json == null ? null : BodyInserters.fromValue(json);
  }

  private WebClient.RequestHeadersSpec<?> send(
      MistralOperation operation,
      URI uri,
      BodyInserter<?, ? super ClientHttpRequest> body,
      MediaType accept,
      Duration readTimeout) {
    WebClient.RequestBodySpec spec =
        webClient
            .method(HttpMethod.valueOf(operation.method()))
            .uri(uri)
            .header(HttpHeaders.AUTHORIZATION, transport.authorization())
            .accept(accept)
            .httpRequest(
                request -> {
                  HttpClientRequest nettyRequest = request.getNativeRequest();
                  nettyRequest.responseTimeout(readTimeout);
                });
    if (body == null) {
      return spec;
    }
    if (body instanceof BodyInserters.MultipartInserter) {
      return spec.body(body);
    }
    return spec.contentType(MediaType.APPLICATION_JSON).body(body);
  }

  private <T> Mono<T> readResponse(
      MistralOperation operation, ClientResponse response, ObjectReader reader) {
    int status = response.statusCode().value();
    Mono<DataBuffer> body =
        DataBufferUtils.join(
            response.body(BodyExtractors.toDataBuffers()), settings.maxInMemorySize());
    if (status >= 200 && status < 300) {
      return body.map(buffer -> transport.decode(operation, status, bytes(buffer), reader));
    }
    return errorFrom(operation, response);
  }

  private <T> Flux<T> readStream(
      MistralOperation operation,
      ClientResponse response,
      ServerSentEventReader<T> payloadReader,
      boolean requireDone,
      ServerSentEventFlux.Progress progress) {
    int status = response.statusCode().value();
    if (status < 200 || status >= 300) {
      return this.<T>errorFrom(operation, response).flux();
    }
    MediaType contentType = response.headers().contentType().orElse(null);
    if (contentType != null && !MediaType.TEXT_EVENT_STREAM.isCompatibleWith(contentType)) {
      // A proxy page or a JSON error with a 200: keep what the server said.
      return DataBufferUtils.join(
              response.body(BodyExtractors.toDataBuffers()), settings.maxInMemorySize())
          .map(WebClientExchange::text)
          .defaultIfEmpty("")
          .flatMapMany(
              text ->
                  Flux.<T>error(
                      MistralTransport.notAnEventStream(operation, status, contentType, text)));
    }
    return new ServerSentEventFlux<>(
        response.body(BodyExtractors.toDataBuffers()), payloadReader, requireDone, progress);
  }

  private <T> Mono<T> errorFrom(MistralOperation operation, ClientResponse response) {
    int status = response.statusCode().value();
    HttpHeaders headers = response.headers().asHttpHeaders();
    return DataBufferUtils.join(
            response.body(BodyExtractors.toDataBuffers()), settings.maxInMemorySize())
        .map(WebClientExchange::text)
        .defaultIfEmpty("")
        .flatMap(
            text ->
                Mono.error(
                    ErrorResponses.toException(
                        operation.method(), operation.path(), status, headers, text)));
  }

  /** Copies a joined body out and releases it. */
  private static byte[] bytes(DataBuffer buffer) {
    try {
      byte[] bytes = new byte[buffer.readableByteCount()];
      buffer.read(bytes);
      return bytes;
    } finally {
      DataBufferUtils.release(buffer);
    }
  }

  private static String text(DataBuffer buffer) {
    try {
      return buffer.toString(StandardCharsets.UTF_8);
    } finally {
      DataBufferUtils.release(buffer);
    }
  }
}
