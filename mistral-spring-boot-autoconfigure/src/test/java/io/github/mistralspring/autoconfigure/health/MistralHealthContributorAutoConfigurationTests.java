package io.github.mistralspring.autoconfigure.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mistralspring.autoconfigure.MistralAutoConfiguration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.CompositeReactiveHealthContributor;
import org.springframework.boot.health.contributor.ReactiveHealthContributor;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** When the mistral health contributor exists, and its shape. */
class MistralHealthContributorAutoConfigurationTests {

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  MistralAutoConfiguration.class, MistralHealthContributorAutoConfiguration.class))
          .withPropertyValues("mistral.api-key=test-key-not-real");

  @Test
  void oneIndicatorForTheDefaultClient() {
    runner.run(
        context ->
            assertThat(context.getBean("mistralHealthContributor"))
                .isInstanceOf(MistralHealthIndicator.class));
  }

  @Test
  void aCompositeWithNamedClients() {
    runner
        .withPropertyValues("mistral.clients.billing.api-key=other-key-not-real")
        .run(
            context -> {
              ReactiveHealthContributor contributor =
                  context.getBean("mistralHealthContributor", ReactiveHealthContributor.class);
              assertThat(contributor).isInstanceOf(CompositeReactiveHealthContributor.class);
              CompositeReactiveHealthContributor composite =
                  (CompositeReactiveHealthContributor) contributor;
              assertThat(composite.getContributor("default")).isNotNull();
              assertThat(composite.getContributor("billing")).isNotNull();
            });
  }

  @Test
  void checksTheNamedClientsWhenThereIsNoDefaultOne() {
    new ApplicationContextRunner()
        .withConfiguration(
            AutoConfigurations.of(
                MistralAutoConfiguration.class, MistralHealthContributorAutoConfiguration.class))
        // No variables at all, so that no MISTRAL_API_KEY of the machine makes a default client.
        .withInitializer(
            context ->
                context
                    .getEnvironment()
                    .getPropertySources()
                    .replace(
                        StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        new SystemEnvironmentPropertySource(
                            StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, Map.of())))
        .withPropertyValues(
            "mistral.clients.billing.api-key=billing-key-not-real",
            "mistral.clients.eu.api-key=eu-key-not-real")
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context).doesNotHaveBean("reactiveMistralClient");
              CompositeReactiveHealthContributor composite =
                  context.getBean(
                      "mistralHealthContributor", CompositeReactiveHealthContributor.class);
              assertThat(composite.getContributor("default")).isNull();
              assertThat(composite.getContributor("billing")).isNotNull();
              assertThat(composite.getContributor("eu")).isNotNull();
            });
  }

  @Test
  void offWhenDisabled() {
    runner
        .withPropertyValues("management.health.mistral.enabled=false")
        .run(context -> assertThat(context).doesNotHaveBean("mistralHealthContributor"));
  }

  @Test
  void offWhenTheIntegrationIsOff() {
    runner
        .withPropertyValues("mistral.enabled=false", "mistral.clients.billing.api-key=k")
        .run(context -> assertThat(context).doesNotHaveBean("mistralHealthContributor"));
  }

  @Test
  void backsOffForTheUsersOwnContributor() {
    runner
        .withBean(
            "mistralHealthContributor",
            ReactiveHealthContributor.class,
            () ->
                (org.springframework.boot.health.contributor.ReactiveHealthIndicator)
                    () ->
                        reactor.core.publisher.Mono.just(
                            org.springframework.boot.health.contributor.Health.up().build()))
        .run(
            context ->
                assertThat(context.getBean("mistralHealthContributor"))
                    .isNotInstanceOf(MistralHealthIndicator.class));
  }
}
