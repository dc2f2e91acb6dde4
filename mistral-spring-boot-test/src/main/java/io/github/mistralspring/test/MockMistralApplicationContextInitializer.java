package io.github.mistralspring.test;

import java.util.Map;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Starts the simulator in-process for an application that sets {@code
 * mistral.simulator.enabled=when-no-key} (when no key is configured: {@code mistral.api-key} and
 * {@code MISTRAL_API_KEY} are both missing, empty or blank) or {@code =true} (always), pointing
 * {@code mistral.base-url} at it and logging that it does; registered in {@code
 * META-INF/spring.factories}, it does nothing otherwise. The settings are those of {@link
 * MistralSimulatorProperties}.
 */
public final class MockMistralApplicationContextInitializer
    implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  /** {@code false} (the default), {@code true}, or {@code when-no-key}. */
  public static final String ENABLED_PROPERTY = "mistral.simulator.enabled";

  /** The port to listen on; default 0, a free one. */
  public static final String PORT_PROPERTY = "mistral.simulator.port";

  private static final Log logger =
      LogFactory.getLog(MockMistralApplicationContextInitializer.class);

  /** Created by Spring Boot from {@code META-INF/spring.factories}. */
  public MockMistralApplicationContextInitializer() {}

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    ConfigurableEnvironment environment = context.getEnvironment();
    MistralSimulatorProperties settings =
        Binder.get(environment)
            .bind("mistral.simulator", MistralSimulatorProperties.class)
            .orElseGet(MistralSimulatorProperties::new);
    boolean hasKey =
        hasText(environment, "mistral.api-key") || hasText(environment, "MISTRAL_API_KEY");
    MistralSimulatorProperties.Mode mode = settings.getEnabled();
    if (!(mode == MistralSimulatorProperties.Mode.TRUE
        || (mode == MistralSimulatorProperties.Mode.WHEN_NO_KEY && !hasKey))) {
      return;
    }
    MockMistralServer.Builder builder =
        MockMistralServer.builder()
            .port(settings.getPort())
            .tokenDelay(settings.getTokenDelay())
            .retireFineTuning(settings.isRetireFineTuning());
    if (settings.getSeed() != null) {
      builder.seed(settings.getSeed());
    }
    MockMistralServer server = builder.start();
    environment
        .getPropertySources()
        .addFirst(
            new MapPropertySource(
                "mistralSimulator",
                Map.of(
                    "mistral.base-url",
                    server.baseUrl(),
                    "mistral.api-key",
                    MockMistralAutoConfiguration.API_KEY)));
    context.getBeanFactory().registerSingleton("mockMistralServer", server);
    context.addApplicationListener(
        event -> {
          if (event instanceof ContextClosedEvent closed
              && closed.getApplicationContext() == context) {
            server.close();
          }
        });
    logger.info(
        (hasKey ? "mistral.simulator.enabled=true" : "No Mistral API key is set")
            + ": answering from the in-process Mistral simulator at "
            + server.baseUrl()
            + " (simulated, deterministic answers; control API at "
            + server.controlUrl()
            + "). Set MISTRAL_API_KEY to use the real API.");
  }

  /**
   * Whether a property holds a key: not when it is missing, empty or blank (as {@code
   * MISTRAL_API_KEY=} leaves it, which the build's tests set), nor when it is a placeholder such as
   * {@code ${MISTRAL_API_KEY}} that nothing resolves.
   */
  private static boolean hasText(ConfigurableEnvironment environment, String name) {
    try {
      return StringUtils.hasText(environment.getProperty(name));
    } catch (IllegalArgumentException unresolvablePlaceholder) {
      return false;
    }
  }
}
