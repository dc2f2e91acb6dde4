package io.github.mistralspring.autoconfigure;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.mistralspring.client.MistralClient;
import io.github.mistralspring.client.chat.ChatCompletionRequest;
import io.github.mistralspring.client.chat.ChatCompletionResponse;
import io.github.mistralspring.client.error.MistralClientClosedException;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.WebClientCustomizer;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.WebClient;

/** Which key and base URL the auto-configured client really uses, seen from a local server. */
class MistralAutoConfigurationHttpTests {

  private static final String COMPLETIONS = "/v1/chat/completions";

  private static final String COMPLETION =
      """
      {"id":"cmpl-7","object":"chat.completion","created":1700000000,"model":"mistral-small-latest",
       "choices":[{"index":0,"message":{"role":"assistant","content":"Bonjour"},"finish_reason":"stop"}],
       "usage":{"prompt_tokens":3,"completion_tokens":1,"total_tokens":4}}
      """;

  @RegisterExtension
  static WireMockExtension server =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withInitializer(EnvironmentVariables.none())
          .withConfiguration(AutoConfigurations.of(MistralAutoConfiguration.class));

  @BeforeEach
  void stubCompletions() {
    server.stubFor(
        post(COMPLETIONS)
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody(COMPLETION)));
  }

  private ApplicationContextRunner pointedAtServer() {
    return runner.withPropertyValues("mistral.base-url=" + server.baseUrl());
  }

  private static ChatCompletionResponse askSomething(AssertableApplicationContext context) {
    assertThat(context).hasNotFailed();
    return context
        .getBean(MistralClient.class)
        .chat()
        .complete(
            ChatCompletionRequest.builder()
                .model("mistral-small-latest")
                .addUserMessage("Say hello")
                .build());
  }

  private static LoggedRequest onlyRequest() {
    List<LoggedRequest> requests = server.findAll(postRequestedFor(urlEqualTo(COMPLETIONS)));
    assertThat(requests).hasSize(1);
    return requests.get(0);
  }

  @Test
  void sendsThePropertyKeyAsABearerToken() {
    pointedAtServer()
        .withPropertyValues("mistral.api-key=property-key-not-real")
        .run(context -> assertThat(askSomething(context).firstContent()).isEqualTo("Bonjour"));
    server.verify(
        1,
        postRequestedFor(urlEqualTo(COMPLETIONS))
            .withHeader("Authorization", equalTo("Bearer property-key-not-real")));
  }

  @Test
  void usesTheMistralApiKeyVariableWhenThePropertyIsUnset() {
    pointedAtServer()
        .withInitializer(EnvironmentVariables.of("MISTRAL_API_KEY", "variable-key-not-real"))
        .run(MistralAutoConfigurationHttpTests::askSomething);
    assertThat(onlyRequest().getHeader("Authorization")).isEqualTo("Bearer variable-key-not-real");
  }

  @Test
  void usesTheMistralApiKeyVariableWhenThePropertyIsBlank() {
    pointedAtServer()
        .withPropertyValues("mistral.api-key=  ")
        .withInitializer(EnvironmentVariables.of("MISTRAL_API_KEY", "variable-key-not-real"))
        .run(MistralAutoConfigurationHttpTests::askSomething);
    assertThat(onlyRequest().getHeader("Authorization")).isEqualTo("Bearer variable-key-not-real");
  }

  @Test
  void prefersThePropertyOverTheMistralApiKeyVariable() {
    pointedAtServer()
        .withPropertyValues("mistral.api-key=property-key-not-real")
        .withInitializer(EnvironmentVariables.of("MISTRAL_API_KEY", "variable-key-not-real"))
        .run(MistralAutoConfigurationHttpTests::askSomething);
    assertThat(onlyRequest().getHeader("Authorization")).isEqualTo("Bearer property-key-not-real");
  }

  @Test
  void userConnectionDetailsReplaceTheProperties() {
    MistralConnectionDetails details =
        new MistralConnectionDetails() {
          @Override
          public String baseUrl() {
            return server.baseUrl();
          }

          @Override
          public String apiKey() {
            return "details-key-not-real";
          }
        };
    // The properties point elsewhere: only the user's details can reach the server.
    runner
        .withPropertyValues(
            "mistral.api-key=property-key-not-real", "mistral.base-url=http://localhost:1")
        .withBean(MistralConnectionDetails.class, () -> details)
        .run(
            context -> {
              assertThat(context.getBean(MistralConnectionDetails.class)).isSameAs(details);
              askSomething(context);
            });
    assertThat(onlyRequest().getHeader("Authorization")).isEqualTo("Bearer details-key-not-real");
  }

  @Test
  void buildsOnTheApplicationsWebClientBuilderBeanWhenAskedTo() {
    WebClient.Builder applicationBuilder =
        WebClient.builder()
            .filter(
                (request, next) ->
                    next.exchange(
                        ClientRequest.from(request)
                            .header("X-Marker", "application-builder")
                            .build()));
    pointedAtServer()
        .withPropertyValues(
            "mistral.api-key=property-key-not-real", "mistral.use-application-web-client=true")
        .withBean(WebClient.Builder.class, () -> applicationBuilder)
        .run(
            context -> {
              assertThat(context.getBean(MistralClient.class).settings().usesWebClient()).isTrue();
              askSomething(context);
            });
    LoggedRequest request = onlyRequest();
    assertThat(request.getHeader("X-Marker")).isEqualTo("application-builder");
    // The client's own settings still apply on top of the application's builder.
    assertThat(request.getHeader("Authorization")).isEqualTo("Bearer property-key-not-real");
  }

  @Test
  void buildsOnBootsAutoConfiguredWebClientBuilderAndItsCustomizersWhenAskedTo() {
    WebClientCustomizer marker = builder -> builder.defaultHeader("X-Marker", "boot-customizer");
    // Listed first on purpose: the ordering of the auto-configurations must put it after.
    ApplicationContextRunner withBoot =
        new ApplicationContextRunner()
            .withInitializer(EnvironmentVariables.none())
            .withConfiguration(
                AutoConfigurations.of(
                    MistralAutoConfiguration.class, WebClientAutoConfiguration.class));
    withBoot
        .withPropertyValues(
            "mistral.base-url=" + server.baseUrl(),
            "mistral.api-key=property-key-not-real",
            "mistral.use-application-web-client=true")
        .withBean(WebClientCustomizer.class, () -> marker)
        .run(
            context -> {
              assertThat(context).hasBean("webClientBuilder");
              askSomething(context);
            });
    assertThat(onlyRequest().getHeader("X-Marker")).isEqualTo("boot-customizer");
  }

  @Test
  void goesStraightToReactorNettyByDefaultEvenWithAWebClientBuilderBean() {
    WebClient.Builder applicationBuilder =
        WebClient.builder()
            .filter(
                (request, next) ->
                    next.exchange(
                        ClientRequest.from(request).header("X-Marker", "application").build()));
    pointedAtServer()
        .withPropertyValues("mistral.api-key=property-key-not-real")
        .withBean(WebClient.Builder.class, () -> applicationBuilder)
        .run(
            context -> {
              assertThat(context.getBean(MistralClient.class).settings().usesWebClient()).isFalse();
              askSomething(context);
            });
    LoggedRequest request = onlyRequest();
    assertThat(request.getHeader("X-Marker")).isNull();
    assertThat(request.getHeader("Authorization")).isEqualTo("Bearer property-key-not-real");
    assertThat(request.getHeader("User-Agent")).startsWith("mistral-spring/");
  }

  @Test
  void closingTheContextDisposesAPoolThatHasOpenConnections() {
    AtomicReference<MistralClient> client = new AtomicReference<>();
    pointedAtServer()
        .withPropertyValues("mistral.api-key=property-key-not-real")
        .run(
            context -> {
              askSomething(context);
              client.set(context.getBean(MistralClient.class));
              // The call left a kept-alive connection in the pool.
              assertThat(client.get().isClosed()).isFalse();
            });
    assertThat(client.get().isClosed()).isTrue();
    // A closed client's pool is gone: a call fails at once and sends nothing.
    int before = server.getAllServeEvents().size();
    assertThatThrownBy(() -> client.get().models().list())
        .isInstanceOf(MistralClientClosedException.class);
    assertThat(server.getAllServeEvents()).hasSize(before);
  }

  @Test
  void ignoresTheWebClientBuilderWhenThereIsNone() {
    pointedAtServer()
        .withPropertyValues("mistral.api-key=property-key-not-real")
        .run(
            context -> {
              assertThat(context).doesNotHaveBean(WebClient.Builder.class);
              askSomething(context);
            });
    assertThat(onlyRequest().containsHeader("X-Marker")).isFalse();
  }
}
