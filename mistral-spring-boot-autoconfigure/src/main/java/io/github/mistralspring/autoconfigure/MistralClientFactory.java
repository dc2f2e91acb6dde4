package io.github.mistralspring.autoconfigure;

import io.github.mistralspring.client.MistralClientBuilder;
import io.github.mistralspring.client.ReactiveMistralClient;
import io.github.mistralspring.client.core.RetryPolicy;
import io.github.mistralspring.client.observation.MistralObservationConvention;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.util.StringUtils;
import org.springframework.util.unit.DataSize;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Builds the auto-configured clients, the default one and the named ones alike, from their settings
 * and the application's shared beans (WebClient builder, customizers, observations).
 */
final class MistralClientFactory {

  private final ObjectProvider<WebClient.Builder> webClientBuilder;
  private final ObjectProvider<MistralClientCustomizer> customizers;
  private final ObjectProvider<ObservationRegistry> observationRegistry;
  private final ObjectProvider<MistralObservationConvention> observationConvention;

  MistralClientFactory(
      ObjectProvider<WebClient.Builder> webClientBuilder,
      ObjectProvider<MistralClientCustomizer> customizers,
      ObjectProvider<ObservationRegistry> observationRegistry,
      ObjectProvider<MistralObservationConvention> observationConvention) {
    this.webClientBuilder = webClientBuilder;
    this.customizers = customizers;
    this.observationRegistry = observationRegistry;
    this.observationConvention = observationConvention;
  }

  /**
   * Builds a client.
   *
   * @param poolName the name of its connection pool, seen in metrics
   * @param prefix the property prefix of its settings, named in error messages
   * @param properties its settings
   * @param connectionDetails where it connects and with which key
   */
  ReactiveMistralClient create(
      String poolName,
      String prefix,
      MistralProperties properties,
      MistralConnectionDetails connectionDetails) {
    String apiKey = connectionDetails.apiKey();
    if (!StringUtils.hasText(apiKey)) {
      throw new MistralApiKeyMissingException();
    }
    MistralClientBuilder builder =
        ReactiveMistralClient.builder()
            .name(poolName)
            .apiKey(apiKey)
            .baseUrl(connectionDetails.baseUrl())
            .connectTimeout(properties.getConnectTimeout())
            .responseTimeout(properties.getResponseTimeout())
            .streamIdleTimeout(properties.getStreamIdleTimeout())
            .maxInMemorySize(maxInMemorySize(prefix, properties.getMaxInMemorySize()))
            .compression(properties.isCompression())
            .retryPolicy(retryPolicy(prefix, properties.getRetry()))
            .maxConnections(properties.getPool().getMaxConnections())
            .maxPendingAcquires(properties.getPool().getMaxPendingAcquires())
            .pendingAcquireTimeout(properties.getPool().getPendingAcquireTimeout())
            .maxIdleTime(properties.getPool().getMaxIdleTime())
            .defaultChatModel(properties.getChat().getModel())
            .defaultFimModel(properties.getFim().getModel())
            .defaultEmbeddingsModel(properties.getEmbeddings().getModel())
            .observationRegistry(observationRegistry.getIfUnique(() -> ObservationRegistry.NOOP))
            .observationConvention(observationConvention.getIfUnique())
            .observeContent(properties.getObservations().isIncludeContent());
    MistralProperties.Proxy proxy = properties.getProxy();
    if (StringUtils.hasText(proxy.getHost())) {
      builder.proxy(proxy.getHost(), proxy.getPort());
      if (StringUtils.hasText(proxy.getUsername())) {
        builder.proxyCredentials(proxy.getUsername(), proxy.getPassword());
      }
      builder.nonProxyHosts(proxy.getNonProxyHosts());
    }
    if (properties.isUseApplicationWebClient()) {
      webClientBuilder.ifAvailable(builder::webClientBuilder);
    }
    customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
    return builder.buildReactive();
  }

  // The codecs count in int bytes: a larger size would overflow, so say which property to lower.
  static int maxInMemorySize(String prefix, DataSize size) {
    long bytes = size.toBytes();
    if (bytes <= 0 || bytes > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(
          prefix
              + ".max-in-memory-size must be more than 0 and at most "
              + Integer.MAX_VALUE
              + " bytes (just under 2GB), was "
              + size);
    }
    return (int) bytes;
  }

  static RetryPolicy retryPolicy(String prefix, MistralProperties.Retry retry) {
    if (!retry.isEnabled()) {
      return RetryPolicy.none();
    }
    if (retry.getMaxAttempts() < 1) {
      throw new IllegalArgumentException(
          prefix
              + ".retry.max-attempts must be 1 or more (1 means no retry), was "
              + retry.getMaxAttempts());
    }
    return new RetryPolicy(
        retry.getMaxAttempts() - 1,
        retry.getInitialBackoff(),
        retry.getMaxBackoff(),
        retry.getJitter(),
        retry.getMaxRetryAfter());
  }
}
