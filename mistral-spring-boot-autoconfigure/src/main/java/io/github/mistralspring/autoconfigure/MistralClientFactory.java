package io.github.mistralspring.autoconfigure;

import io.github.mistralspring.client.MistralClientBuilder;
import io.github.mistralspring.client.ReactiveMistralClient;
import io.github.mistralspring.client.core.RetryPolicy;
import io.github.mistralspring.client.observation.MistralObservationConvention;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.util.StringUtils;
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
   * @param properties its settings
   * @param connectionDetails where it connects and with which key
   */
  ReactiveMistralClient create(
      String poolName, MistralProperties properties, MistralConnectionDetails connectionDetails) {
    String apiKey;
    String baseUrl = connectionDetails.baseUrl();
    if (connectionDetails instanceof PropertiesMistralConnectionDetails fromProperties) {
      // The base URL was checked as mistral.* was bound.
      apiKey = fromProperties.requireApiKey();
    } else {
      apiKey = ApiKeys.require(connectionDetails);
      String problem = BaseUrls.problem(baseUrl);
      if (problem != null) {
        throw new IllegalStateException(
            "The base URL of the MistralConnectionDetails bean ("
                + connectionDetails.getClass().getName()
                + ") "
                + problem);
      }
      baseUrl = baseUrl.strip();
    }
    MistralClientBuilder builder =
        ReactiveMistralClient.builder()
            .name(poolName)
            .apiKey(apiKey)
            .baseUrl(baseUrl)
            .connectTimeout(properties.getConnectTimeout())
            .responseTimeout(properties.getResponseTimeout())
            .streamIdleTimeout(properties.getStreamIdleTimeout())
            .writeTimeout(properties.getWriteTimeout())
            .callTimeout(properties.getCallTimeout())
            .maxInMemorySize((int) properties.getMaxInMemorySize().toBytes())
            .maxEventSize((int) properties.getMaxEventSize().toBytes())
            .compression(properties.isCompression())
            .retryPolicy(retryPolicy(properties.getRetry()))
            .maxConnections(properties.getPool().getMaxConnections())
            .maxPendingAcquires(properties.getPool().getMaxPendingAcquires())
            .pendingAcquireTimeout(properties.getPool().getPendingAcquireTimeout())
            .maxIdleTime(properties.getPool().getMaxIdleTime())
            .defaultChatModel(properties.getChat().getModel())
            .defaultFimModel(properties.getFim().getModel())
            .defaultEmbeddingsModel(properties.getEmbeddings().getModel())
            .defaultModerationModel(properties.getModeration().getModel())
            .defaultOcrModel(properties.getOcr().getModel())
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

  // The ranges were checked as the settings were bound (MistralPropertiesValidator).
  static RetryPolicy retryPolicy(MistralProperties.Retry retry) {
    if (!retry.isEnabled()) {
      return RetryPolicy.none();
    }
    return new RetryPolicy(
        retry.getMaxAttempts() - 1,
        retry.getInitialBackoff(),
        retry.getMaxBackoff(),
        retry.getJitter(),
        retry.getMaxRetryAfter());
  }
}
