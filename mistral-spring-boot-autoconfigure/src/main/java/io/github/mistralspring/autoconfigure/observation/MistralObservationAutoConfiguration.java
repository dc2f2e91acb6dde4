package io.github.mistralspring.autoconfigure.observation;

import io.github.mistralspring.client.ReactiveMistralClient;
import io.github.mistralspring.client.observation.DefaultMistralObservationConvention;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.config.MeterFilter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of the Mistral metrics: token usage recorded from the clients' observations,
 * and their timer published as {@value #DURATION}, described and without a duplicate error tag.
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

  /** The name of the timer of the calls in progress, which Micrometer's meter handler keeps. */
  static final String ACTIVE = DefaultMistralObservationConvention.NAME + ".active";

  private static final String DURATION_DESCRIPTION =
      "Duration of calls to the Mistral AI API, streams to their end, by GenAI operation and model";

  private static final String ACTIVE_DESCRIPTION =
      "Calls to the Mistral AI API in progress (streams until their end), and how long they have"
          + " run";

  // The tag Micrometer's DefaultMeterObservationHandler adds to every timer.
  private static final String MICROMETER_ERROR_TAG = "error";

  @Bean
  @ConditionalOnMissingBean
  MistralTokenUsageObservationHandler mistralTokenUsageObservationHandler(
      MeterRegistry meterRegistry) {
    return new MistralTokenUsageObservationHandler(meterRegistry);
  }

  /**
   * Publishes the observations' timer as {@value #DURATION} with a description, and without the
   * {@code error} tag Micrometer's meter handler adds (it repeats {@code error.type}, which says
   * more: the HTTP status of an error answer); describes the timer of the calls in progress,
   * {@value #ACTIVE}, too. Without descriptions, Prometheus shows empty {@code # HELP} lines.
   */
  @Bean
  MeterFilter mistralOperationDurationMeterFilter() {
    return new MeterFilter() {
      @Override
      public Meter.Id map(Meter.Id id) {
        if (id.getType() == Meter.Type.TIMER
            && id.getName().equals(DefaultMistralObservationConvention.NAME)) {
          List<Tag> tags = new ArrayList<>(id.getTags());
          tags.removeIf(tag -> tag.getKey().equals(MICROMETER_ERROR_TAG));
          return new Meter.Id(
              DURATION, Tags.of(tags), id.getBaseUnit(), DURATION_DESCRIPTION, id.getType());
        }
        if (id.getType() == Meter.Type.LONG_TASK_TIMER && id.getName().equals(ACTIVE)) {
          return new Meter.Id(
              ACTIVE, Tags.of(id.getTags()), id.getBaseUnit(), ACTIVE_DESCRIPTION, id.getType());
        }
        return id;
      }
    };
  }
}
