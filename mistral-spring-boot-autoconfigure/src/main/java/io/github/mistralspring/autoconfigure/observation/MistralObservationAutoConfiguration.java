package io.github.mistralspring.autoconfigure.observation;

import io.github.mistralspring.client.ReactiveMistralClient;
import io.github.mistralspring.client.observation.DefaultMistralObservationConvention;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.config.MeterFilter;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of the Mistral metrics: token usage recorded from the clients' observations,
 * and their timer published as {@value #DURATION}.
 */
@AutoConfiguration(
    afterName = {
      "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
      "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration"
    })
@ConditionalOnClass({MeterRegistry.class, ReactiveMistralClient.class})
@ConditionalOnBean(MeterRegistry.class)
@ConditionalOnBooleanProperty(name = "mistral.enabled", matchIfMissing = true)
public final class MistralObservationAutoConfiguration {

  /** The name the observations' timer is published under, as the GenAI conventions name it. */
  static final String DURATION = "gen_ai.client.operation.duration";

  @Bean
  @ConditionalOnMissingBean
  MistralTokenUsageObservationHandler mistralTokenUsageObservationHandler(
      MeterRegistry meterRegistry) {
    return new MistralTokenUsageObservationHandler(meterRegistry);
  }

  @Bean
  MeterFilter mistralOperationDurationMeterFilter() {
    return new MeterFilter() {
      @Override
      public Meter.Id map(Meter.Id id) {
        if (id.getType() == Meter.Type.TIMER
            && id.getName().equals(DefaultMistralObservationConvention.NAME)) {
          return id.withName(DURATION);
        }
        return id;
      }
    };
  }
}
