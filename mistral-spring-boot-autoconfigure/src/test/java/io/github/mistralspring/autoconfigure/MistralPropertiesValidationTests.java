package io.github.mistralspring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mistralspring.client.MistralClient;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * A value out of range fails as its properties are bound, naming the property as it is written
 * (mistral.response-timeout, mistral.clients.eu.pool.max-connections), for the default client and
 * for named ones alike.
 */
class MistralPropertiesValidationTests {

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withInitializer(EnvironmentVariables.none())
          .withConfiguration(AutoConfigurations.of(MistralAutoConfiguration.class))
          .withPropertyValues("mistral.api-key=test-key-not-real");

  @ParameterizedTest(name = "{0}={1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "mistral.connect-timeout|0s|must be more than 0",
        "mistral.connect-timeout|-1s|must be more than 0",
        "mistral.connect-timeout|30d|less than 24 days",
        "mistral.response-timeout|-5s|must be more than 0",
        "mistral.stream-idle-timeout|0ms|must be more than 0",
        "mistral.write-timeout|0s|must be more than 0",
        "mistral.call-timeout|-1m|must be 0 or more",
        "mistral.max-event-size|0B|must be more than 0",
        "mistral.max-in-memory-size|3GB|just under 2GB",
        "mistral.max-in-memory-size|0B|must be more than 0",
        "mistral.retry.max-attempts|0|1 means no retry",
        "mistral.retry.initial-backoff|-1s|must be 0 or more",
        "mistral.retry.max-backoff|-1ms|must be 0 or more",
        "mistral.retry.jitter|1.5|from 0 to 1",
        "mistral.retry.jitter|-0.1|from 0 to 1",
        "mistral.retry.max-retry-after|-1s|must be 0 or more",
        "mistral.pool.max-connections|0|must be 1 or more",
        "mistral.pool.max-pending-acquires|-2|-1 (no limit) or more",
        "mistral.pool.pending-acquire-timeout|0s|must be more than 0",
        "mistral.pool.max-idle-time|-1s|must be more than 0",
        "mistral.proxy.port|0|from 1 to 65535",
        "mistral.proxy.port|70000|from 1 to 65535",
        "mistral.health.timeout|0s|must be more than 0",
        "mistral.health.cache-time-to-live|-1s|must be 0 or more",
        "mistral.base-url|api.mistral.ai|https://api.mistral.ai",
        "mistral.base-url|localhost:8080|has no scheme",
        "mistral.base-url|ftp://api.mistral.ai|http or https",
        "mistral.base-url|https:///v1|must name a host",
        "mistral.base-url|https://api.mistral.ai?x=1|query",
        "mistral.base-url|https://api mistral.ai|not a valid URL",
        "mistral.base-url|${MISTRAL_BASE_URL}|placeholder that did not resolve",
        "mistral.clients.eu.base-url|localhost:8080|has no scheme",
        "mistral.clients.eu.connect-timeout|0s|must be more than 0",
        "mistral.clients.eu.response-timeout|-5s|must be more than 0",
        "mistral.clients.eu.stream-idle-timeout|-5s|must be more than 0",
        "mistral.clients.eu.retry.max-attempts|0|1 means no retry",
        "mistral.clients.eu.retry.initial-backoff|-1s|must be 0 or more",
        "mistral.clients.eu.retry.max-backoff|-1s|must be 0 or more",
        "mistral.clients.eu.retry.jitter|2|from 0 to 1",
        "mistral.clients.eu.retry.max-retry-after|-1s|must be 0 or more",
        // Settings a named client takes beyond its declared ones are checked as it is built.
        "mistral.clients.eu.pool.max-connections|0|must be 1 or more",
        "mistral.clients.eu.max-in-memory-size|0B|must be more than 0",
        "mistral.clients.eu.proxy.port|0|from 1 to 65535",
      })
  void anOutOfRangeValueFailsAtBindingNamingTheProperty(
      String property, String value, String reason) {
    runner
        .withPropertyValues(property + "=" + value)
        .run(
            context -> {
              assertThat(context).hasFailed();
              BindValidationException failure =
                  findCause(context.getStartupFailure(), BindValidationException.class);
              assertThat(failure).as("a binding validation failure").isNotNull();
              List<String> reported = new ArrayList<>();
              for (ObjectError error : failure.getValidationErrors().getAllErrors()) {
                if (error instanceof FieldError field) {
                  reported.add(field.getObjectName() + "." + field.getField());
                  if (property.equals(field.getObjectName() + "." + field.getField())) {
                    assertThat(error.getDefaultMessage()).contains(reason);
                  }
                }
              }
              assertThat(reported).containsExactly(property);
            });
  }

  @Test
  void valuesAtTheEdgesOfTheirRangesAreAccepted() {
    runner
        .withPropertyValues(
            "mistral.connect-timeout=1ms",
            "mistral.retry.max-attempts=1",
            "mistral.retry.initial-backoff=0s",
            "mistral.retry.max-backoff=0s",
            "mistral.retry.jitter=0",
            "mistral.retry.max-retry-after=0s",
            "mistral.pool.max-connections=1",
            "mistral.pool.max-pending-acquires=-1",
            "mistral.proxy.port=65535",
            "mistral.health.cache-time-to-live=0s",
            "mistral.max-in-memory-size=1B",
            "mistral.base-url=http://localhost:8089/v1",
            "mistral.clients.eu.retry.jitter=1",
            "mistral.clients.eu.pool.max-pending-acquires=0")
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context.getBean("euMistralClient", MistralClient.class)).isNotNull();
            });
  }

  private static <T extends Throwable> T findCause(Throwable failure, Class<T> type) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (type.isInstance(cause)) {
        return type.cast(cause);
      }
    }
    return null;
  }
}
