package io.github.mistralspring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * What a user sees when a real application fails to start on a bad setting: Spring Boot's
 * "APPLICATION FAILED TO START" report naming the property, never a stack trace naming a Java
 * field, and never the key.
 */
@ExtendWith(OutputCaptureExtension.class)
class MistralStartupFailureTests {

  private static void start(String... args) {
    assertThatThrownBy(
            () ->
                new SpringApplicationBuilder(App.class)
                    .web(WebApplicationType.NONE)
                    .logStartupInfo(false)
                    .run(args)
                    .close())
        .isInstanceOf(Exception.class);
  }

  @Test
  void aNegativeTimeoutIsReportedByItsPropertyName(CapturedOutput output) {
    start("--mistral.api-key=test-key-not-real", "--mistral.response-timeout=-5s");

    assertThat(output)
        .contains("APPLICATION FAILED TO START")
        .contains("Property: mistral.response-timeout")
        .contains("Value: \"-5s\"")
        .contains("Origin: \"mistral.response-timeout\" from property source \"commandLineArgs\"")
        .contains("Reason: must be more than 0")
        .doesNotContain("responseTimeout must be positive");
  }

  @Test
  void aNamedClientsPoolSettingIsReportedUnderItsName(CapturedOutput output) {
    start(
        "--mistral.api-key=test-key-not-real",
        "--mistral.clients.eu.api-key=eu-key-not-real",
        "--mistral.clients.eu.pool.max-connections=0");

    assertThat(output)
        .contains("APPLICATION FAILED TO START")
        .contains("Property: mistral.clients.eu.pool.max-connections")
        .contains("Value: \"0\"")
        .contains("Origin: \"mistral.clients.eu.pool.max-connections\" from property source")
        .doesNotContain("maxConnections must be positive");
  }

  @Test
  void aBaseUrlWithoutASchemeIsReportedWithTheUrlExpected(CapturedOutput output) {
    start("--mistral.api-key=test-key-not-real", "--mistral.base-url=api.mistral.ai");

    assertThat(output)
        .contains("APPLICATION FAILED TO START")
        .contains("Property: mistral.base-url")
        .contains("has no scheme")
        .contains("https://api.mistral.ai");
  }

  @Test
  void anUnresolvedPlaceholderIsNotAKey(CapturedOutput output) {
    start("--mistral.api-key=${MISTRAL_KEY_NOBODY_SET}");

    assertThat(output)
        .contains("APPLICATION FAILED TO START")
        .contains("placeholder that did not resolve")
        .contains("${MISTRAL_KEY_NOBODY_SET}")
        .contains("Set MISTRAL_KEY_NOBODY_SET in the environment");
  }

  @Test
  void aKeyWithALineBreakInsideIsRefusedWithoutPrintingIt(CapturedOutput output) {
    start("--mistral.api-key=secret-part-one\nsecret-part-two");

    assertThat(output)
        .contains("APPLICATION FAILED TO START")
        .contains("mistral.api-key")
        .contains("a line break at character 16 of 31")
        .doesNotContain("secret-part");
  }

  @SpringBootConfiguration(proxyBeanMethods = false)
  @ImportAutoConfiguration(MistralAutoConfiguration.class)
  static class App {}
}
