package io.github.mistralspring.autoconfigure;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.mistralspring.client.ClientSettings;
import io.github.mistralspring.client.MistralClient;
import io.github.mistralspring.client.ReactiveMistralClient;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Named clients beside the default one, from mistral.clients.<name>.*, and the proxy settings. */
class NamedMistralClientsTests {

  // The clients show no key: which one each sends is read from the requests they make here.
  @RegisterExtension
  static WireMockExtension server =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withInitializer(EnvironmentVariables.none())
          .withConfiguration(AutoConfigurations.of(MistralAutoConfiguration.class))
          .withPropertyValues(
              "mistral.api-key=default-key-not-real",
              "mistral.base-url=" + server.baseUrl(),
              "mistral.response-timeout=7s",
              "mistral.retry.max-attempts=5");

  @BeforeEach
  void listNoModels() {
    server.stubFor(get(urlPathMatching(".*/v1/models")).willReturn(okJson("{\"data\": []}")));
  }

  private static ClientSettings settings(AssertableApplicationContext context, String bean) {
    return context.getBean(bean, ReactiveMistralClient.class).settings();
  }

  /** The key a client sends, read from the request it makes to the local server. */
  private static String keySentBy(ReactiveMistralClient client) {
    server.resetRequests();
    client.models().list().block(Duration.ofSeconds(10));
    List<LoggedRequest> requests =
        server.getAllServeEvents().stream().map(e -> e.getRequest()).toList();
    assertThat(requests).hasSize(1);
    return requests.get(0).getHeader("Authorization").substring("Bearer ".length());
  }

  @Test
  void withoutNamedClientsNoRegistrarIsCreated() {
    runner.run(
        context -> {
          assertThat(context).hasNotFailed();
          assertThat(context).doesNotHaveBean(NamedMistralClientsRegistrar.class);
          assertThat(context).hasSingleBean(ReactiveMistralClient.class);
        });
    runner
        .withPropertyValues("mistral.clients.billing.api-key=billing-key-not-real")
        .run(context -> assertThat(context).hasSingleBean(NamedMistralClientsRegistrar.class));
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
              ClientSettings billing = settings(context, "billingReactiveMistralClient");
              assertThat(
                      keySentBy(
                          context.getBean(
                              "billingReactiveMistralClient", ReactiveMistralClient.class)))
                  .isEqualTo("billing-key-not-real");
              assertThat(billing.baseUrl()).isEqualTo(server.baseUrl());
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
            "mistral.clients.eu.base-url=" + server.baseUrl() + "/eu",
            "mistral.clients.eu.response-timeout=3s",
            "mistral.clients.eu.stream-idle-timeout=4s",
            "mistral.clients.eu.connect-timeout=1s",
            "mistral.clients.eu.retry.enabled=false")
        .run(
            context -> {
              ClientSettings eu = settings(context, "euReactiveMistralClient");
              assertThat(
                      keySentBy(
                          context.getBean("euReactiveMistralClient", ReactiveMistralClient.class)))
                  .isEqualTo("default-key-not-real");
              assertThat(eu.baseUrl()).isEqualTo(server.baseUrl() + "/eu");
              assertThat(eu.responseTimeout()).isEqualTo(Duration.ofSeconds(3));
              assertThat(eu.streamIdleTimeout()).isEqualTo(Duration.ofSeconds(4));
              assertThat(eu.connectTimeout()).isEqualTo(Duration.ofSeconds(1));
              assertThat(eu.retryPolicy().maxRetries()).isZero();
              ClientSettings primary = context.getBean(ReactiveMistralClient.class).settings();
              assertThat(primary.baseUrl()).isEqualTo(server.baseUrl());
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
              ClientSettings eu = settings(context, "euReactiveMistralClient");
              assertThat(eu.defaultChatModel()).isEqualTo("eu-chat-model");
              assertThat(eu.maxConnections()).isEqualTo(7);
              ClientSettings primary = context.getBean(ReactiveMistralClient.class).settings();
              assertThat(primary.defaultChatModel()).isEqualTo("default-chat-model");
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
              assertThat(keySentBy(injected.primary.reactive())).isEqualTo("default-key-not-real");
              assertThat(keySentBy(injected.a.reactive())).isEqualTo("a-key-not-real");
              assertThat(keySentBy(injected.b)).isEqualTo("b-key-not-real");
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
              assertThat(
                      keySentBy(
                          context.getBean("reactiveMistralClient", ReactiveMistralClient.class)))
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
                    return server.baseUrl();
                  }

                  @Override
                  public String apiKey() {
                    return "details-key-not-real";
                  }
                })
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(
                      keySentBy(
                          context.getBean("reactiveMistralClient", ReactiveMistralClient.class)))
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
              // The password it sends is checked over HTTP in MistralProxyConnectionTests.
              ClientSettings.Proxy proxy =
                  context.getBean(ReactiveMistralClient.class).settings().proxy();
              assertThat(proxy.host()).isEqualTo("proxy.example");
              assertThat(proxy.port()).isEqualTo(3128);
              assertThat(proxy.username()).isEqualTo("me");
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
            assertThat(context.getBean(ReactiveMistralClient.class).settings().proxy()).isNull());
  }

  private static ApplicationContextRunner onlyNamed() {
    return new ApplicationContextRunner()
        .withInitializer(EnvironmentVariables.none())
        .withConfiguration(AutoConfigurations.of(MistralAutoConfiguration.class))
        .withPropertyValues("mistral.base-url=" + server.baseUrl());
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
