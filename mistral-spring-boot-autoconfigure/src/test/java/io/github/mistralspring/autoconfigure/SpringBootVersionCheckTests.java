package io.github.mistralspring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.SpringBootVersion;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.io.support.SpringFactoriesLoader;

/**
 * On a Spring Boot line before 4.0 the application stops with one line naming both versions, before
 * Boot 4 modules the starter brings clash with the application's own.
 */
class SpringBootVersionCheckTests {

  @ParameterizedTest
  @ValueSource(strings = {"3.5.7", "3.4.0", "2.7.18", "3.5.0-SNAPSHOT"})
  void refusesSpringBootBeforeFour(String version) {
    assertThatThrownBy(() -> SpringBootVersionCheck.check(version))
        .isInstanceOf(MistralUnsupportedSpringBootException.class)
        .hasMessage(
            "The Mistral Spring Boot starter needs Spring Boot 4.0 or later (and Java 17 or"
                + " later); this application runs on Spring Boot "
                + version
                + ".");
  }

  @ParameterizedTest
  @ValueSource(strings = {"4.0.0", "4.0.7", "4.1.2", "4.1.0-RC1", "5.0.0", "unknown"})
  void acceptsFourAndLaterAndWhatItCannotRead(String version) {
    assertThatNoException().isThrownBy(() -> SpringBootVersionCheck.check(version));
  }

  @Test
  void passesWhenBootCannotTellItsVersion() {
    assertThatNoException().isThrownBy(() -> SpringBootVersionCheck.check(null));
  }

  @Test
  void passesOnTheBootThisBuildRuns() {
    assertThat(SpringBootVersion.getVersion()).startsWith("4.");
    try (GenericApplicationContext context = new GenericApplicationContext()) {
      assertThatNoException().isThrownBy(() -> new SpringBootVersionCheck().initialize(context));
    }
  }

  @Test
  void isRegisteredAsAnInitializerSoThatItRunsBeforeTheContextIsRefreshed() {
    @SuppressWarnings("rawtypes")
    List<ApplicationContextInitializer> initializers =
        SpringFactoriesLoader.forResourceLocation(
                "META-INF/spring.factories", getClass().getClassLoader())
            .load(
                ApplicationContextInitializer.class,
                null,
                SpringFactoriesLoader.FailureHandler.handleMessage((message, failure) -> {}));
    assertThat(initializers).hasAtLeastOneElementOfType(SpringBootVersionCheck.class);
  }

  @Test
  void theFailureAnalysisSaysWhatToDo() {
    FailureAnalysis analysis =
        new MistralUnsupportedSpringBootFailureAnalyzer()
            .analyze(new IllegalStateException(new MistralUnsupportedSpringBootException("3.5.7")));
    assertThat(analysis.getDescription()).contains("Spring Boot 4.0 or later").contains("3.5.7");
    assertThat(analysis.getAction()).contains("Upgrade").contains("compatibility table");
  }
}
