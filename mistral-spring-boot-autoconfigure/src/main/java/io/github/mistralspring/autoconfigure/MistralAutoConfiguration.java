package io.github.mistralspring.autoconfigure;

import io.github.mistralspring.client.MistralClient;
import io.github.mistralspring.client.MistralClientBuilder;
import io.github.mistralspring.client.ReactiveMistralClient;
import io.github.mistralspring.client.RetryPolicy;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;
import org.springframework.util.unit.DataSize;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Auto-configuration of the Mistral AI clients: a {@link ReactiveMistralClient} and a blocking
 * {@link MistralClient} sharing one engine, built from {@link MistralConnectionDetails} and {@code
 * mistral.*}, on Boot's {@link WebClient.Builder} when there is one.
 */
@AutoConfiguration(
    afterName = "org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration")
@ConditionalOnClass({ReactiveMistralClient.class, WebClient.class})
@ConditionalOnBooleanProperty(name = "mistral.enabled", matchIfMissing = true)
@EnableConfigurationProperties(MistralProperties.class)
public final class MistralAutoConfiguration {

  @Bean
  @ConditionalOnMissingBean(MistralConnectionDetails.class)
  PropertiesMistralConnectionDetails mistralConnectionDetails(
      MistralProperties properties, Environment environment) {
    return new PropertiesMistralConnectionDetails(properties, environment);
  }

  @Bean
  @ConditionalOnMissingBean({ReactiveMistralClient.class, MistralClient.class})
  ReactiveMistralClient reactiveMistralClient(
      MistralProperties properties,
      MistralConnectionDetails connectionDetails,
      ObjectProvider<WebClient.Builder> webClientBuilder,
      ObjectProvider<MistralClientCustomizer> customizers) {
    String apiKey = connectionDetails.apiKey();
    if (!StringUtils.hasText(apiKey)) {
      throw new MistralApiKeyMissingException();
    }
    MistralClientBuilder builder =
        ReactiveMistralClient.builder()
            .apiKey(apiKey)
            .baseUrl(connectionDetails.baseUrl())
            .connectTimeout(properties.getConnectTimeout())
            .responseTimeout(properties.getResponseTimeout())
            .streamIdleTimeout(properties.getStreamIdleTimeout())
            .maxInMemorySize(maxInMemorySize(properties.getMaxInMemorySize()))
            .compression(properties.isCompression())
            .retryPolicy(retryPolicy(properties.getRetry()))
            .maxConnections(properties.getPool().getMaxConnections())
            .maxPendingAcquires(properties.getPool().getMaxPendingAcquires())
            .pendingAcquireTimeout(properties.getPool().getPendingAcquireTimeout())
            .maxIdleTime(properties.getPool().getMaxIdleTime())
            .defaultChatModel(properties.getChat().getModel())
            .defaultFimModel(properties.getFim().getModel())
            .defaultEmbeddingsModel(properties.getEmbeddings().getModel());
    webClientBuilder.ifAvailable(builder::webClientBuilder);
    customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
    return builder.buildReactive();
  }

  // The blocking client shares the reactive client's engine, which that bean closes.
  @Bean(destroyMethod = "")
  @ConditionalOnMissingBean(MistralClient.class)
  MistralClient mistralClient(ReactiveMistralClient reactiveMistralClient) {
    return MistralClient.of(reactiveMistralClient);
  }

  // The codecs count in int bytes: a larger size would overflow, so say which property to lower.
  static int maxInMemorySize(DataSize size) {
    long bytes = size.toBytes();
    if (bytes <= 0 || bytes > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(
          "mistral.max-in-memory-size must be more than 0 and at most "
              + Integer.MAX_VALUE
              + " bytes (just under 2GB), was "
              + size);
    }
    return (int) bytes;
  }

  static RetryPolicy retryPolicy(MistralProperties.Retry retry) {
    if (!retry.isEnabled()) {
      return RetryPolicy.none();
    }
    if (retry.getMaxAttempts() < 1) {
      throw new IllegalArgumentException(
          "mistral.retry.max-attempts must be 1 or more (1 means no retry), was "
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
