package io.github.mistralspring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mistralspring.client.MistralClient;
import io.github.mistralspring.client.ReactiveMistralClient;
import io.github.mistralspring.client.internal.TransportSettings;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Named clients beside the default one, from mistral.clients.<name>.*, and the proxy settings. */
class NamedMistralClientsTests {

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withInitializer(EnvironmentVariables.none())
          .withConfiguration(AutoConfigurations.of(MistralAutoConfiguration.class))
          .withPropertyValues(
              "mistral.api-key=default-key-not-real",
              "mistral.base-url=http://localhost:1",
              "mistral.response-timeout=7s",
              "mistral.retry.max-attempts=5");

  private static TransportSettings settings(AssertableApplicationContext context, String bean) {
    return context.getBean(bean, ReactiveMistralClient.class).transport().settings();
  }

  @Test
  void aNamedClientTakesWhatItLeavesUnsetFromTheDefaults() {
    runner
        .withPropertyValues(
            "mistral.clients.billing.api-key=billing-key-not-real",
            "mistral.clients.billing.retry.initial-backoff=1s")
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              TransportSettings billing = settings(context, "billingReactiveMistralClient");
              assertThat(billing.apiKey().get()).isEqualTo("billing-key-not-real");
              assertThat(billing.baseUrl()).isEqualTo("http://localhost:1");
              assertThat(billing.responseTimeout()).isEqualTo(Duration.ofSeconds(7));
              assertThat(billing.retryPolicy().maxRetries()).isEqualTo(4);
              assertThat(billing.retryPolicy().initialBackoff()).isEqualTo(Duration.ofSeconds(1));
              assertThat(billing.name()).isEqualTo("mistral-billing");
            });
  }

  @Test
  void aNamedClientOverridesTheDefaults() {
    runner
        .withPropertyValues(
            "mistral.clients.eu.base-url=http://localhost:2",
            "mistral.clients.eu.response-timeout=3s",
            "mistral.clients.eu.stream-idle-timeout=4s",
            "mistral.clients.eu.connect-timeout=1s",
            "mistral.clients.eu.retry.enabled=false")
        .run(
            context -> {
              TransportSettings eu = settings(context, "euReactiveMistralClient");
              assertThat(eu.apiKey().get()).isEqualTo("default-key-not-real");
              assertThat(eu.baseUrl()).isEqualTo("http://localhost:2");
              assertThat(eu.responseTimeout()).isEqualTo(Duration.ofSeconds(3));
              assertThat(eu.streamIdleTimeout()).isEqualTo(Duration.ofSeconds(4));
              assertThat(eu.connectTimeout()).isEqualTo(Duration.ofSeconds(1));
              assertThat(eu.retryPolicy().maxRetries()).isZero();
              TransportSettings primary =
                  context.getBean(ReactiveMistralClient.class).transport().settings();
              assertThat(primary.baseUrl()).isEqualTo("http://localhost:1");
            });
  }

  @Test
  void aNamedClientMayOverrideAnyOtherMistralSettingToo() {
    runner
        .withPropertyValues(
            "mistral.chat.model=default-chat-model",
            "mistral.clients.eu.chat.model=eu-chat-model",
            "mistral.clients.eu.pool.max-connections=7")
        .run(
            context -> {
              TransportSettings eu = settings(context, "euReactiveMistralClient");
              assertThat(eu.defaultModels().chat()).isEqualTo("eu-chat-model");
              assertThat(eu.maxConnections()).isEqualTo(7);
              TransportSettings primary =
                  context.getBean(ReactiveMistralClient.class).transport().settings();
              assertThat(primary.defaultModels().chat()).isEqualTo("default-chat-model");
              assertThat(primary.maxConnections()).isNotEqualTo(7);
            });
  }

  @Test
  void namedClientsAreQualifiedByNameAndTheDefaultStaysPrimary() {
    runner
        .withPropertyValues(
            "mistral.clients.a.api-key=a-key-not-real", "mistral.clients.b.api-key=b-key-not-real")
        .withUserConfiguration(Injected.class)
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context.getBeansOfType(ReactiveMistralClient.class)).hasSize(3);
              assertThat(context.getBeansOfType(MistralClient.class)).hasSize(3);
              Injected injected = context.getBean(Injected.class);
              assertThat(injected.primary.reactive().transport().settings().apiKey().get())
                  .isEqualTo("default-key-not-real");
              assertThat(injected.a.reactive().transport().settings().apiKey().get())
                  .isEqualTo("a-key-not-real");
              assertThat(injected.b.transport().settings().apiKey().get())
                  .isEqualTo("b-key-not-real");
              assertThat(injected.a.reactive()).isSameAs(context.getBean("aReactiveMistralClient"));
            });
  }

  @Test
  void noNamedClientsWhenTheIntegrationIsOff() {
    runner
        .withPropertyValues("mistral.enabled=false", "mistral.clients.a.api-key=a-key-not-real")
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context).doesNotHaveBean(ReactiveMistralClient.class);
              assertThat(context).doesNotHaveBean(MistralClient.class);
            });
  }

  @Test
  void aNamedClientWithoutAnyKeyFailsTheStartUp() {
    new ApplicationContextRunner()
        .withInitializer(EnvironmentVariables.none())
        .withConfiguration(AutoConfigurations.of(MistralAutoConfiguration.class))
        .withPropertyValues("mistral.clients.a.base-url=http://localhost:3")
        .withBean(
            ReactiveMistralClient.class,
            () -> ReactiveMistralClient.builder().apiKey("users-own-key").buildReactive())
        .run(
            context ->
                assertThat(context)
                    .getFailure()
                    .hasRootCauseInstanceOf(MistralApiKeyMissingException.class));
  }

  @Test
  void withOnlyNamedClientsAndNoDefaultKeyThereIsNoDefaultClient() {
    onlyNamed()
        .withPropertyValues("mistral.clients.billing.api-key=billing-key-not-real")
        .withUserConfiguration(InjectedUnqualified.class)
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context).doesNotHaveBean("reactiveMistralClient");
              assertThat(context).doesNotHaveBean("mistralClient");
              assertThat(context.getBeansOfType(ReactiveMistralClient.class))
                  .containsOnlyKeys("billingReactiveMistralClient");
              // The only client is injected without a qualifier too.
              assertThat(context.getBean(InjectedUnqualified.class).client)
                  .isSameAs(context.getBean("billingMistralClient"));
            });
  }

  @Test
  void aNamedClientWithoutAKeyOfItsOwnOrADefaultOneNamesWhereToSetIt() {
    onlyNamed()
        .withPropertyValues(
            "mistral.clients.billing.api-key=billing-key-not-real",
            "mistral.clients.eu.base-url=http://localhost:3")
        .run(
            context ->
                assertThat(context.getStartupFailure())
                    .rootCause()
                    .isInstanceOf(MistralApiKeyMissingException.class)
                    .hasMessageContaining("for the client mistral.clients.eu")
                    .hasMessageContaining("mistral.clients.eu.api-key is not set")
                    .hasMessageContaining("mistral.api-key is not set")
                    .hasMessageContaining("MISTRAL_API_KEY environment variable is not set"));
  }

  @Test
  void aDefaultKeyThatIsAnUnresolvedPlaceholderStillFailsBesideNamedClients() {
    onlyNamed()
        .withPropertyValues(
            "mistral.api-key=${MISTRAL_API_KEY}",
            "mistral.clients.billing.api-key=billing-key-not-real")
        .run(
            context ->
                assertThat(context.getStartupFailure())
                    .rootCause()
                    .isInstanceOf(MistralApiKeyMissingException.class)
                    .hasMessageContaining("placeholder that did not resolve"));
  }

  @Test
  void aDefaultKeyFromTheVariableKeepsTheDefaultClientBesideNamedOnes() {
    onlyNamed()
        .withInitializer(EnvironmentVariables.of("MISTRAL_API_KEY", "variable-key-not-real"))
        .withPropertyValues("mistral.clients.billing.api-key=billing-key-not-real")
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(settings(context, "reactiveMistralClient").apiKey().get())
                  .isEqualTo("variable-key-not-real");
              assertThat(context.getBeansOfType(MistralClient.class)).hasSize(2);
            });
  }

  @Test
  void connectionDetailsOfTheApplicationKeepTheDefaultClientBesideNamedOnes() {
    onlyNamed()
        .withPropertyValues("mistral.clients.billing.api-key=billing-key-not-real")
        .withBean(
            "mistralConnectionDetails",
            MistralConnectionDetails.class,
            () ->
                new MistralConnectionDetails() {
                  @Override
                  public String baseUrl() {
                    return "http://localhost:4";
                  }

                  @Override
                  public String apiKey() {
                    return "details-key-not-real";
                  }
                })
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(settings(context, "reactiveMistralClient").apiKey().get())
                  .isEqualTo("details-key-not-real");
              assertThat(context.getBeansOfType(ReactiveMistralClient.class)).hasSize(2);
            });
  }

  @Test
  void connectsThroughTheConfiguredProxy() {
    runner
        .withPropertyValues(
            "mistral.proxy.host=proxy.example",
            "mistral.proxy.port=3128",
            "mistral.proxy.username=me",
            "mistral.proxy.password=proxy-secret",
            "mistral.proxy.non-proxy-hosts=localhost|*.internal")
        .run(
            context -> {
              TransportSettings.Proxy proxy =
                  context.getBean(ReactiveMistralClient.class).transport().settings().proxy();
              assertThat(proxy.host()).isEqualTo("proxy.example");
              assertThat(proxy.port()).isEqualTo(3128);
              assertThat(proxy.username()).isEqualTo("me");
              assertThat(proxy.password()).isEqualTo("proxy-secret");
              assertThat("api.internal").matches(proxy.nonProxyHosts());
              assertThat("localhost").matches(proxy.nonProxyHosts());
              assertThat("api.mistral.ai").doesNotMatch(proxy.nonProxyHosts());
              assertThat(proxy.toString()).doesNotContain("proxy-secret");
            });
  }

  @Test
  void connectsDirectlyWithoutAProxyHost() {
    runner.run(
        context ->
            assertThat(context.getBean(ReactiveMistralClient.class).transport().settings().proxy())
                .isNull());
  }

  private static ApplicationContextRunner onlyNamed() {
    return new ApplicationContextRunner()
        .withInitializer(EnvironmentVariables.none())
        .withConfiguration(AutoConfigurations.of(MistralAutoConfiguration.class));
  }

  @Configuration(proxyBeanMethods = false)
  static class InjectedUnqualified {

    MistralClient client;

    @Bean
    String unqualifiedWiring(MistralClient client) {
      this.client = client;
      return "wired";
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class Injected {

    MistralClient primary;
    MistralClient a;
    ReactiveMistralClient b;

    @Bean
    String wiring(
        MistralClient primary,
        @Qualifier("a") MistralClient a,
        @Qualifier("b") ReactiveMistralClient b) {
      this.primary = primary;
      this.a = a;
      this.b = b;
      return "wired";
    }
  }
}
