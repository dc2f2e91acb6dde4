package io.github.mistralspring.autoconfigure;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.mistralspring.client.ReactiveMistralClient;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The key is trimmed, and a key that cannot be one (an unresolved placeholder, a blank value,
 * characters no key has) stops the start-up with a message naming where it was set, never the key.
 */
class MistralApiKeyCheckTests {

  @RegisterExtension
  static WireMockExtension server =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withInitializer(EnvironmentVariables.none())
          .withConfiguration(AutoConfigurations.of(MistralAutoConfiguration.class))
          .withPropertyValues("mistral.base-url=" + server.baseUrl());

  @BeforeEach
  void listNoModels() {
    server.stubFor(get(urlPathMatching(".*/v1/models")).willReturn(okJson("{\"data\": []}")));
  }

  private static String sentKey(AssertableApplicationContext context) {
    return keySentBy(context.getBean(ReactiveMistralClient.class));
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

  private static Throwable failure(AssertableApplicationContext context) {
    assertThat(context).hasFailed();
    Throwable cause = context.getStartupFailure();
    while (cause.getCause() != null && !(cause instanceof MistralApiKeyException)) {
      cause = cause.getCause();
    }
    return cause;
  }

  @Test
  void theReadmesPlaceholderWithTheVariableUnsetIsRefusedAtStartUp() {
    runner
        .withPropertyValues("mistral.api-key=${MISTRAL_API_KEY}")
        .run(
            context -> {
              Throwable failure = failure(context);
              assertThat(failure)
                  .isInstanceOf(MistralApiKeyMissingException.class)
                  .hasMessageContaining("placeholder that did not resolve")
                  .hasMessageContaining("mistral.api-key")
                  .hasMessageContaining("${MISTRAL_API_KEY}");
              FailureAnalysis analysis = new MistralApiKeyFailureAnalyzer().analyze(failure);
              assertThat(analysis.getDescription()).isEqualTo(failure.getMessage());
              assertThat(analysis.getAction()).contains("Set MISTRAL_API_KEY in the environment");
            });
  }

  @Test
  void aPlaceholderThatResolvesIsTheKey() {
    runner
        .withPropertyValues("mistral.api-key=${MY_KEY}")
        .withInitializer(EnvironmentVariables.of("MY_KEY", "resolved-key-not-real"))
        .run(context -> assertThat(sentKey(context)).isEqualTo("resolved-key-not-real"));
  }

  @Test
  void onlyThePlaceholderIsPrintedNeverTheTextAroundIt() {
    runner
        .withPropertyValues("mistral.api-key=prefix-secret-${KEY_SUFFIX}")
        .run(
            context ->
                assertThat(failure(context))
                    .hasMessageContaining("${KEY_SUFFIX}")
                    .hasMessageNotContaining("prefix-secret"));
  }

  @Test
  void aPlaceholderWithAnEmptyDefaultIsReportedAsBlank() {
    runner
        .withPropertyValues("mistral.api-key=${MISTRAL_API_KEY:}")
        .run(
            context ->
                assertThat(failure(context))
                    .isInstanceOf(MistralApiKeyMissingException.class)
                    .hasMessageStartingWith("The Mistral API key is blank")
                    .hasMessageContaining("mistral.api-key")
                    .hasMessageContaining("is blank")
                    .hasMessageContaining("the MISTRAL_API_KEY environment variable is not set"));
  }

  @Test
  void aBlankPropertyIsReportedAsBlankNotAsUnset() {
    runner
        .withPropertyValues("mistral.api-key=   ")
        .run(
            context ->
                assertThat(failure(context))
                    .hasMessageStartingWith("The Mistral API key is blank")
                    .hasMessageContaining("mistral.api-key")
                    .hasMessageNotContaining("No Mistral API key is configured"));
  }

  @Test
  void anEmptyVariableIsReportedAsBlank() {
    runner
        .withInitializer(EnvironmentVariables.of("MISTRAL_API_KEY", ""))
        .run(
            context ->
                assertThat(failure(context))
                    .hasMessageStartingWith("The Mistral API key is blank")
                    .hasMessageContaining("mistral.api-key is not set")
                    .hasMessageContaining("the MISTRAL_API_KEY environment variable")
                    .hasMessageContaining("is blank"));
  }

  @Test
  void nothingSetAtAllIsReportedAsNotConfigured() {
    runner.run(
        context ->
            assertThat(failure(context))
                .hasMessageStartingWith("No Mistral API key is configured")
                .hasMessageContaining("mistral.api-key is not set")
                .hasMessageContaining("the MISTRAL_API_KEY environment variable is not set"));
  }

  @Test
  void theAnalyzersAdviceHasNoPlaceholderThatCouldFailTheSameWay() {
    runner.run(
        context -> {
          FailureAnalysis analysis = new MistralApiKeyFailureAnalyzer().analyze(failure(context));
          assertThat(analysis.getAction())
              .doesNotContain("${")
              .contains("MISTRAL_API_KEY environment variable")
              .contains("mistral.enabled=false");
        });
  }

  static Stream<Arguments> keysWithSurroundingWhitespace() {
    return Stream.of(
        Arguments.of("mistral.api-key", "key-not-real\n"),
        Arguments.of("mistral.api-key", "  key-not-real  "),
        Arguments.of("MISTRAL_API_KEY", "key-not-real\r\n"),
        Arguments.of("mistral.clients.eu.api-key", "\tkey-not-real"));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("keysWithSurroundingWhitespace")
  void surroundingWhitespaceIsDropped(String where, String key) {
    ApplicationContextRunner configured =
        where.equals("MISTRAL_API_KEY")
            ? runner.withInitializer(EnvironmentVariables.of(where, key))
            : runner.withPropertyValues(where + "=" + key);
    configured.run(
        context -> {
          assertThat(context).hasNotFailed();
          ReactiveMistralClient client =
              where.startsWith("mistral.clients.")
                  ? context.getBean("euReactiveMistralClient", ReactiveMistralClient.class)
                  : context.getBean(ReactiveMistralClient.class);
          assertThat(keySentBy(client)).isEqualTo("key-not-real");
        });
  }

  static Stream<Arguments> keysWithCharactersNoKeyHas() {
    return Stream.of(
        Arguments.of("KEYPART\nOTHERPART", "a line break at character 8 of 17"),
        Arguments.of("KEYPART OTHERPART", "a space at character 8 of 17"),
        Arguments.of("KEYPART\tOTHERPART", "a tab at character 8 of 17"),
        Arguments.of("KEYPART\u0007OTHERPART", "a control character (U+0007) at character 8 of 17"),
        Arguments.of("KEYPART\u00e9OTHERPART", "a non-ASCII character at character 8 of 17"));
  }

  @ParameterizedTest(name = "[{index}] {1}")
  @MethodSource("keysWithCharactersNoKeyHas")
  void aKeyWithCharactersNoKeyHasIsRefusedNamingThePropertyNotTheKey(String key, String what) {
    runner
        .withPropertyValues("mistral.api-key=" + key)
        .run(
            context -> {
              Throwable failure = failure(context);
              assertThat(failure)
                  .isInstanceOf(MistralApiKeyInvalidException.class)
                  .hasMessageContaining("mistral.api-key")
                  .hasMessageContaining(what)
                  .hasMessageNotContaining("KEYPART")
                  .hasMessageNotContaining("OTHERPART");
              assertThat(new MistralApiKeyFailureAnalyzer().analyze(failure).getAction())
                  .contains("Copy the key again");
            });
  }

  @Test
  void aVariableWithALineBreakInsideIsRefusedNamingTheVariable() {
    runner
        .withInitializer(EnvironmentVariables.of("MISTRAL_API_KEY", "FIRSTPART\nSECONDPART"))
        .run(
            context ->
                assertThat(failure(context))
                    .isInstanceOf(MistralApiKeyInvalidException.class)
                    .hasMessageContaining("the MISTRAL_API_KEY environment variable")
                    .hasMessageNotContaining("FIRSTPART")
                    .hasMessageNotContaining("SECONDPART"));
  }

  @Test
  void theKeyOfAConnectionDetailsBeanIsTrimmedAndChecked() {
    runner
        .withBean(MistralConnectionDetails.class, () -> details("  details-key-not-real\n"))
        .run(context -> assertThat(sentKey(context)).isEqualTo("details-key-not-real"));
    runner
        .withBean(MistralConnectionDetails.class, () -> details("details\nkey"))
        .run(
            context ->
                assertThat(failure(context))
                    .isInstanceOf(MistralApiKeyInvalidException.class)
                    .hasMessageContaining("MistralConnectionDetails bean")
                    .hasMessageNotContaining("details\nkey"));
    runner
        .withBean(MistralConnectionDetails.class, () -> details(null))
        .run(
            context ->
                assertThat(failure(context))
                    .isInstanceOf(MistralApiKeyMissingException.class)
                    .hasMessageContaining("MistralConnectionDetails bean"));
  }

  @Test
  void theBaseUrlOfAConnectionDetailsBeanIsChecked() {
    runner
        .withBean(
            MistralConnectionDetails.class,
            () ->
                new MistralConnectionDetails() {
                  @Override
                  public String baseUrl() {
                    return "localhost:9000";
                  }

                  @Override
                  public String apiKey() {
                    return "details-key-not-real";
                  }
                })
        .run(
            context ->
                assertThat(context.getStartupFailure())
                    .rootCause()
                    .hasMessageContaining("MistralConnectionDetails bean")
                    .hasMessageContaining("has no scheme"));
  }

  private static MistralConnectionDetails details(String key) {
    return new MistralConnectionDetails() {
      @Override
      public String baseUrl() {
        return server.baseUrl();
      }

      @Override
      public String apiKey() {
        return key;
      }
    };
  }
}
