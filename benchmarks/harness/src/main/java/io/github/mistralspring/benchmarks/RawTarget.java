package io.github.mistralspring.benchmarks;

import io.github.mistralspring.benchmarks.core.Target;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.HttpHeaderNames;
import java.time.Duration;
import reactor.netty.ByteBufFlux;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The limit: Reactor Netty's {@link HttpClient} and Jackson 3 with no client library. It encodes
 * the request each time, reads a completion into a tree, and splits a stream into events itself,
 * reading each event's data into a tree.
 */
final class RawTarget implements Target {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private final ConnectionProvider pool;
  private final HttpClient http;

  RawTarget(String baseUrl) {
    this.pool =
        ConnectionProvider.builder("raw")
            .maxConnections(2000)
            .pendingAcquireMaxCount(-1)
            .maxIdleTime(Duration.ofSeconds(20))
            .build();
    this.http =
        HttpClient.create(pool)
            .baseUrl(baseUrl)
            .headers(
                h ->
                    h.set(HttpHeaderNames.AUTHORIZATION, "Bearer bench-key")
                        .set(HttpHeaderNames.CONTENT_TYPE, "application/json"));
  }

  @Override
  public String name() {
    return "raw";
  }

  @Override
  public boolean blocking(boolean stream) {
    return false;
  }

  private static ByteBuf body(String model, boolean stream) {
    ObjectNode request = MAPPER.createObjectNode();
    request.put("model", model);
    ObjectNode message = request.putArray("messages").addObject();
    message.put("role", "user");
    message.put("content", "Say hello in one short sentence.");
    if (stream) {
      request.put("stream", true);
    }
    return Unpooled.wrappedBuffer(MAPPER.writeValueAsBytes(request));
  }

  @Override
  public void chat(Done done) {
    http.post()
        .uri("/v1/chat/completions")
        .send(
            ByteBufFlux.fromInbound(
                reactor.core.publisher.Mono.fromSupplier(() -> body(MODEL, false))))
        .responseSingle(
            (response, content) -> {
              if (response.status().code() != 200) {
                return reactor.core.publisher.Mono.error(
                    new IllegalStateException("status " + response.status()));
              }
              return content.asByteArray();
            })
        .map(bytes -> MAPPER.readTree(bytes))
        .subscribe(
            tree -> {
              JsonNode text = tree.path("choices").path(0).path("message").path("content");
              done.done(text.isString() ? 1 : 0, 0, null);
            },
            error -> done.done(0, 0, error));
  }

  @Override
  public void stream(String model, Done done) {
    RawEventSplitter splitter = new RawEventSplitter(MAPPER);
    http.headers(h -> h.set(HttpHeaderNames.ACCEPT, "text/event-stream"))
        .post()
        .uri("/v1/chat/completions")
        .send(
            ByteBufFlux.fromInbound(
                reactor.core.publisher.Mono.fromSupplier(() -> body(model, true))))
        .response(
            (response, content) -> {
              if (response.status().code() != 200) {
                return reactor.core.publisher.Flux.error(
                    new IllegalStateException("status " + response.status()));
              }
              return content.handle(
                  (ByteBuf buffer, reactor.core.publisher.SynchronousSink<Integer> sink) -> {
                    splitter.feed(buffer);
                    sink.next(0);
                  });
            })
        .subscribe(
            ignored -> {},
            error -> done.done(splitter.chunks(), splitter.firstChunk(), error),
            () ->
                done.done(
                    splitter.chunks(),
                    splitter.firstChunk(),
                    splitter.done() ? null : new IllegalStateException("no [DONE]")));
  }

  @Override
  public void close() {
    pool.disposeLater().block(Duration.ofSeconds(10));
  }
}
