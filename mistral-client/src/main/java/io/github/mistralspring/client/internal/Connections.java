package io.github.mistralspring.client.internal;

import io.github.mistralspring.client.internal.CallLimits.Phase;
import io.netty.channel.ChannelOption;
import java.time.Duration;
import reactor.netty.NettyPipeline;
import reactor.netty.http.HttpProtocol;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import reactor.netty.transport.ProxyProvider;

/**
 * A client's one connection pool and the one {@link HttpClient} configuration over it, which both
 * HTTP paths use. Reactor Netty keeps a pool per distinct client configuration, so one
 * configuration is what makes {@code maxConnections} a cap for the whole client.
 */
final class Connections {

  private final ConnectionProvider pool;
  private final HttpClient httpClient;

  Connections(TransportSettings settings, String userAgent) {
    this.pool = pool(settings);
    HttpClient client =
        HttpClient.create(pool)
            .protocol(HttpProtocol.HTTP11)
            .option(
                ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) settings.connectTimeout().toMillis())
            // The key goes to the base URL only: a redirect elsewhere is never followed.
            .followRedirect(false)
            // Content encodings are read above the wire, the same way on both paths.
            .compress(false)
            .headers(headers -> headers.set("User-Agent", userAgent))
            .doOnChannelInit(
                (observer, channel, address) -> {
                  channel
                      .pipeline()
                      .addFirst(WriteProgressHandler.NAME, new WriteProgressHandler());
                  if (channel.pipeline().get(NettyPipeline.HttpCodec) != null) {
                    channel
                        .pipeline()
                        .addAfter(
                            NettyPipeline.HttpCodec,
                            InterimResponseFilter.NAME,
                            new InterimResponseFilter());
                  }
                })
            .doOnRequest(
                (request, connection) -> {
                  Attempt attempt = enter(request.currentContextView(), Phase.SENDING);
                  connection.channel().attr(WriteProgressHandler.SENDING).set(attempt);
                })
            .doAfterRequest(
                (request, connection) -> {
                  connection.channel().attr(WriteProgressHandler.SENDING).set(null);
                  enter(request.currentContextView(), Phase.AWAITING_RESPONSE);
                });
    if (settings.proxy() != null) {
      client = client.proxy(spec -> proxy(spec, settings.proxy()));
    }
    this.httpClient = client;
  }

  private static Attempt enter(reactor.util.context.ContextView context, Phase phase) {
    Attempt attempt = Attempt.of(context);
    if (attempt != null) {
      attempt.enter(phase);
      attempt.progress();
    }
    return attempt;
  }

  HttpClient httpClient() {
    return httpClient;
  }

  ConnectionProvider pool() {
    return pool;
  }

  void dispose() {
    pool.dispose();
  }

  private static ConnectionProvider pool(TransportSettings settings) {
    ConnectionProvider.Builder pool =
        ConnectionProvider.builder(settings.name())
            .maxConnections(settings.maxConnections())
            .pendingAcquireMaxCount(settings.maxPendingAcquires())
            .pendingAcquireTimeout(settings.pendingAcquireTimeout())
            .maxIdleTime(settings.maxIdleTime())
            .evictInBackground(evictionInterval(settings.maxIdleTime()));
    if (MicrometerSupport.PRESENT) {
      pool.metrics(true);
    }
    return pool.build();
  }

  private static Duration evictionInterval(Duration maxIdleTime) {
    Duration half = maxIdleTime.dividedBy(2);
    return half.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : half;
  }

  private static void proxy(ProxyProvider.TypeSpec spec, TransportSettings.Proxy proxy) {
    ProxyProvider.Builder builder =
        spec.type(ProxyProvider.Proxy.HTTP).host(proxy.host()).port(proxy.port());
    if (proxy.username() != null) {
      builder.username(proxy.username()).password(user -> proxy.password());
    }
    if (proxy.nonProxyHosts() != null) {
      builder.nonProxyHosts(proxy.nonProxyHosts());
    }
  }
}
