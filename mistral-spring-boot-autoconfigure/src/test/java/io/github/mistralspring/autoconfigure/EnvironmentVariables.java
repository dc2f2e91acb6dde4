package io.github.mistralspring.autoconfigure;

import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * Replaces the context's environment variables with a fixed set, so that a test sees exactly the
 * variables it declares and never a key from the machine that runs it.
 */
final class EnvironmentVariables
    implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  private final Map<String, Object> variables;

  private EnvironmentVariables(Map<String, Object> variables) {
    this.variables = variables;
  }

  /** No variables at all. */
  static EnvironmentVariables none() {
    return new EnvironmentVariables(Map.of());
  }

  /** Exactly one variable. */
  static EnvironmentVariables of(String name, String value) {
    return new EnvironmentVariables(Map.of(name, value));
  }

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    String name = StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME;
    MutablePropertySources sources = context.getEnvironment().getPropertySources();
    SystemEnvironmentPropertySource replacement =
        new SystemEnvironmentPropertySource(name, variables);
    if (sources.contains(name)) {
      sources.replace(name, replacement);
    } else {
      sources.addLast(replacement);
    }
  }
}
