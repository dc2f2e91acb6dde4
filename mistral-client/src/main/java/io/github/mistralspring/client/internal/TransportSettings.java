package io.github.mistralspring.client.internal;

import io.github.mistralspring.client.core.RetryPolicy;
import io.github.mistralspring.client.observation.MistralObservationConvention;
import io.micrometer.observation.ObservationRegistry;
import java.time.Duration;
import java.util.function.Supplier;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Everything the transport is built from; the public builders fill it in and check it.
 *
 * @param name the name of the connection pool, used in its metrics
 * @param baseUrl the API's base URL, without a trailing slash
 * @param apiKey supplies the API key for each request
 * @param connectTimeout the longest wait for a TCP connection
 * @param writeTimeout the longest the server may take none of the request body being sent
 * @param responseTimeout the longest silence while waiting for, or reading, a response
 * @param streamIdleTimeout the longest a stream may go without a complete event, before its first
 *     and between two; pauses caused by a slow subscriber are not counted
 * @param callTimeout the deadline of a whole call, retries included; zero for none
 * @param retryPolicy how failed calls are retried
 * @param maxInMemorySize the largest response body held in memory, in bytes
 * @param maxEventSize the largest event a stream may send, in bytes
 * @param maxConnections the size of the connection pool
 * @param maxPendingAcquires how many requests may wait for a connection when all are in use
 * @param pendingAcquireTimeout how long a request waits for a connection
 * @param maxIdleTime how long an unused connection is kept
 * @param compression whether responses may be gzip-compressed
 * @param webClientBuilder the builder to start from (cloned, never changed), or null
 * @param defaultModels the models used when a request names none
 * @param proxy the HTTP proxy to connect through, or null to connect directly
 * @param observationRegistry where calls are observed; {@link ObservationRegistry#NOOP} for none
 * @param observationConvention replaces the default observation convention, or null
 * @param observeContent whether observations may record prompts and completions
 */
public record TransportSettings(
    String name,
    String baseUrl,
    Supplier<String> apiKey,
    Duration connectTimeout,
    Duration writeTimeout,
    Duration responseTimeout,
    Duration streamIdleTimeout,
    Duration callTimeout,
    RetryPolicy retryPolicy,
    int maxInMemorySize,
    int maxEventSize,
    int maxConnections,
    int maxPendingAcquires,
    Duration pendingAcquireTimeout,
    Duration maxIdleTime,
    boolean compression,
    WebClient.Builder webClientBuilder,
    DefaultModels defaultModels,
    Proxy proxy,
    ObservationRegistry observationRegistry,
    MistralObservationConvention observationConvention,
    boolean observeContent) {

  /**
   * An HTTP proxy.
   *
   * @param host the proxy's host
   * @param port the proxy's port
   * @param username the user to authenticate as, or null
   * @param password the password, or null
   * @param nonProxyHosts a regular expression of the hosts reached directly, or null
   */
  public record Proxy(
      String host, int port, String username, String password, String nonProxyHosts) {

    /** Never prints the password. */
    @Override
    public String toString() {
      return "Proxy[host="
          + host
          + ", port="
          + port
          + ", username="
          + username
          + ", password="
          + (password == null ? "unset" : "(set)")
          + ", nonProxyHosts="
          + nonProxyHosts
          + "]";
    }
  }

  /** Omits the key supplier and builder, so that nothing secret is printed. */
  @Override
  public String toString() {
    return "TransportSettings[name="
        + name
        + ", baseUrl="
        + baseUrl
        + ", connectTimeout="
        + connectTimeout
        + ", responseTimeout="
        + responseTimeout
        + ", writeTimeout="
        + writeTimeout
        + ", streamIdleTimeout="
        + streamIdleTimeout
        + ", callTimeout="
        + callTimeout
        + ", retryPolicy="
        + retryPolicy
        + ", maxConnections="
        + maxConnections
        + ", proxy="
        + proxy
        + "]";
  }
}
