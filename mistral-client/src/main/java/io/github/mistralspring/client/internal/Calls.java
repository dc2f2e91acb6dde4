package io.github.mistralspring.client.internal;

import io.github.mistralspring.client.core.RequestOptions;
import org.springframework.core.io.buffer.DataBuffer;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;

/**
 * How the API groups of one client make their calls: through the client's engine, with the models
 * it uses when a request names none. Every group implementation holds one and nothing else of the
 * engine, so that what a call carries is decided in one place.
 */
public final class Calls {

  private final MistralTransport transport;
  private final RequestOptions options;

  /** The calls of a client that runs on this transport. */
  public Calls(MistralTransport transport) {
    this(transport, RequestOptions.NONE);
  }

  private Calls(MistralTransport transport, RequestOptions options) {
    this.transport = transport;
    this.options = options;
  }

  /** These calls with more per-call options, for a group's {@code withOptions(..)} view. */
  public Calls with(RequestOptions more) {
    return new Calls(transport, options.and(more));
  }

  /** The models the client uses when a request names none. */
  public DefaultModels defaultModels() {
    return transport.settings().defaultModels();
  }

  /** Sends a request and reads its JSON response as {@code type}. */
  public <T> Mono<T> exchange(MistralRequest request, Class<T> type) {
    return transport.exchange(request.options(options), type);
  }

  /** Sends a request and reads its JSON response as a generic type. */
  public <T> Mono<T> exchange(MistralRequest request, TypeReference<T> type) {
    return transport.exchange(request.options(options), type);
  }

  /** Sends a request whose success carries no value, such as a {@code 204 No Content}. */
  public Mono<Void> send(MistralRequest request) {
    return transport.send(request.options(options));
  }

  /** Sends a request whose response is an event stream ended by {@code [DONE]}. */
  public <T> Flux<T> stream(MistralRequest request, Class<T> type) {
    return transport.stream(request.options(options), type);
  }

  /** Sends a request whose response is an event stream read by {@code reader}. */
  public <T> Flux<T> stream(
      MistralRequest request, ServerSentEventReader<T> reader, boolean requireDone) {
    return transport.stream(request.options(options), reader, requireDone);
  }

  /** Sends a request and streams its response body, for downloads. */
  public Flux<DataBuffer> download(MistralRequest request) {
    return transport.download(request.options(options));
  }
}
