package io.github.mistralspring.autoconfigure.health;

import io.github.mistralspring.autoconfigure.MistralAutoConfiguration;
import io.github.mistralspring.autoconfigure.MistralProperties;
import io.github.mistralspring.client.ReactiveMistralClient;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.CompositeReactiveHealthContributor;
import org.springframework.boot.health.contributor.ReactiveHealthContributor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

/**
 * Auto-configuration of the {@code mistral} health indicator: one check per client, a composite
 * when there are named clients.
 */
@AutoConfiguration(after = MistralAutoConfiguration.class)
@ConditionalOnClass({ReactiveHealthContributor.class, ReactiveMistralClient.class})
@ConditionalOnBooleanProperty(name = "mistral.enabled", matchIfMissing = true)
@Conditional(MistralClientsCondition.class)
@ConditionalOnEnabledHealthIndicator("mistral")
@EnableConfigurationProperties(MistralProperties.class)
public final class MistralHealthContributorAutoConfiguration {

  private static final String SUFFIX = "ReactiveMistralClient";

  @Bean
  @ConditionalOnMissingBean(name = "mistralHealthContributor")
  ReactiveHealthContributor mistralHealthContributor(
      Map<String, ReactiveMistralClient> clients, MistralProperties properties) {
    MistralProperties.Health health = properties.getHealth();
    Map<String, MistralHealthIndicator> indicators = new LinkedHashMap<>();
    clients.forEach(
        (beanName, client) ->
            indicators.put(
                name(beanName),
                new MistralHealthIndicator(
                    client, health.getTimeout(), health.getCacheTimeToLive())));
    if (indicators.size() == 1) {
      return indicators.values().iterator().next();
    }
    return CompositeReactiveHealthContributor.fromMap(indicators);
  }

  // The default client is "default"; a named one keeps its name.
  private static String name(String beanName) {
    if (beanName.equals("reactiveMistralClient")) {
      return "default";
    }
    if (beanName.endsWith(SUFFIX) && beanName.length() > SUFFIX.length()) {
      return beanName.substring(0, beanName.length() - SUFFIX.length());
    }
    return beanName;
  }
}
