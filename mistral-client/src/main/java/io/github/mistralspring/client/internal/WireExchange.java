package io.github.mistralspring.client.internal;

import reactor.core.publisher.Flux;

/**
 * The seam between the transport and an HTTP library: sends one request on the client's connection
 * pool and passes on what comes back, untouched. Everything that gives a response its meaning —
 * status, content type and encoding, limits, errors, decoding, timeouts — is done once, above it,
 * by {@link ResponseFlux}; the two implementations differ only in how the bytes travel.
 */
interface WireExchange {

  /**
   * Sends the request when subscribed. The flux emits the {@link ResponseHead} first, then the
   * body's buffers as they arrive — Netty {@code ByteBuf}s that stay valid only until {@code
   * onNext} returns, or Spring {@code DataBuffer}s that the subscriber releases — and completes at
   * the end of the body. Cancelling before the end closes the connection; it is never reused.
   */
  Flux<Object> exchange(WireRequest request);
}
