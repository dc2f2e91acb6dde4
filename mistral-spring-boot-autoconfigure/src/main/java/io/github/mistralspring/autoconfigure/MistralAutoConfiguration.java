package io.github.mistralspring.autoconfigure;

import io.github.mistralspring.client.MistralClient;
import io.github.mistralspring.client.ReactiveMistralClient;
import io.github.mistralspring.client.observation.MistralObservationConvention;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.ConfigurationPropertiesBindHandlerAdvisor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.validation.ValidationBindHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.ImportRuntimeHints;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Auto-configuration of the Mistral AI clients: a {@link ReactiveMistralClient} and a blocking
 * {@link MistralClient} sharing one engine, built from {@link MistralConnectionDetails} and {@code
 * mistral.*}, on Boot's {@link WebClient.Builder} when there is one; plus a pair of clients for
 * each of {@code mistral.clients.<name>}.
 */
@AutoConfiguration(
    afterName = {
      "org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration",
      "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration"
    })
@ConditionalOnClass({ReactiveMistralClient.class, WebClient.class})
@ConditionalOnBooleanProperty(name = "mistral.enabled", matchIfMissing = true)
@EnableConfigurationProperties(MistralProperties.class)
@ImportRuntimeHints(MistralRuntimeHints.class)
public final class MistralAutoConfiguration {

  @Bean
  @ConditionalOnMissingBean(MistralConnectionDetails.class)
  PropertiesMistralConnectionDetails mistralConnectionDetails(
      MistralProperties properties, Environment environment) {
    return new PropertiesMistralConnectionDetails(properties, environment);
  }

  @Bean
  MistralClientFactory mistralClientFactory(
      ObjectProvider<WebClient.Builder> webClientBuilder,
      ObjectProvider<MistralClientCustomizer> customizers,
      ObjectProvider<ObservationRegistry> observationRegistry,
      ObjectProvider<MistralObservationConvention> observationConvention) {
    return new MistralClientFactory(
        webClientBuilder, customizers, observationRegistry, observationConvention);
  }

  // Primary, so that injecting a client without a qualifier gets this one beside named clients.
  @Bean
  @Primary
  @ConditionalOnMissingBean({ReactiveMistralClient.class, MistralClient.class})
  @Conditional(DefaultClientCondition.class)
  ReactiveMistralClient reactiveMistralClient(
      MistralProperties properties,
      MistralConnectionDetails connectionDetails,
      MistralClientFactory factory) {
    return factory.create("mistral", properties, connectionDetails);
  }

  // The blocking client shares the reactive client's engine, which that bean closes.
  @Bean(destroyMethod = "")
  @Primary
  @ConditionalOnMissingBean(MistralClient.class)
  @ConditionalOnBean(ReactiveMistralClient.class)
  MistralClient mistralClient(ReactiveMistralClient reactiveMistralClient) {
    return MistralClient.of(reactiveMistralClient);
  }

  // Static, so that it exists before any settings are bound. An advisor is not told what is
  // bound, so it wraps every @ConfigurationProperties binding; the validator supports
  // MistralProperties alone, so only mistral.* is checked.
  @Bean
  static ConfigurationPropertiesBindHandlerAdvisor mistralPropertiesValidation(
      Environment environment) {
    MistralPropertiesValidator validator = new MistralPropertiesValidator(true, environment);
    return handler -> new ValidationBindHandler(handler, validator);
  }

  // Static: it registers bean definitions, so it must exist before the other beans do. Only
  // when named clients are configured: an application without them creates no registrar.
  @Bean
  @Conditional(NamedMistralClientsRegistrar.Configured.class)
  static NamedMistralClientsRegistrar namedMistralClientsRegistrar(Environment environment) {
    return new NamedMistralClientsRegistrar(environment);
  }
}
