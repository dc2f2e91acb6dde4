package io.github.mistralspring.client.reliability;

import io.netty.channel.ChannelOption;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import org.reactivestreams.Publisher;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;

/** A Reactor Netty HTTP server on loopback that counts the connections it has open. */
final class LocalNettyServer implements AutoCloseable {

  private final DisposableServer server;
  private final AtomicInteger open = new AtomicInteger();
  private final AtomicInteger mostOpen = new AtomicInteger();
  private final AtomicInteger opened = new AtomicInteger();

  LocalNettyServer(
      BiFunction<? super HttpServerRequest, ? super HttpServerResponse, ? extends Publisher<Void>>
          handler) {
    server =
        HttpServer.create()
            .host("127.0.0.1")
            .port(0)
            .option(ChannelOption.SO_BACKLOG, 2048)
            // Per channel (doOnConnection would be per request on a kept-alive connection).
            .doOnChannelInit(
                (observer, channel, address) -> {
                  opened.incrementAndGet();
                  mostOpen.accumulateAndGet(open.incrementAndGet(), Math::max);
                  channel.closeFuture().addListener(closed -> open.decrementAndGet());
                })
            .handle(handler)
            .bindNow();
  }

  /**
   * A server that reads each request in full, then answers 200 with an event stream of {@code
   * events}: a cold publisher, subscribed anew for each answer.
   */
  static LocalNettyServer eventStream(Publisher<String> events) {
    return new LocalNettyServer(
        (request, response) ->
            request
                .receive()
                .then()
                .then(
                    response
                        .header("Content-Type", "text/event-stream")
                        .sendString(events)
                        .then()));
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.port();
  }

  /** Connections open now. */
  int open() {
    return open.get();
  }

  /** Connections accepted in all. */
  int opened() {
    return opened.get();
  }

  /** The most connections open at once. */
  int mostOpen() {
    return mostOpen.get();
  }

  @Override
  public void close() {
    server.disposeNow();
  }
}
