package io.github.mistralspring.sample;

import io.github.mistralspring.autoconfigure.MistralConnectionDetails;
import java.net.URI;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.core.env.Environment;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;

/**
 * Which Mistral answers this application: the in-process simulator or the API at the configured
 * base URL. The page's banner and the start-up log line are written from it.
 *
 * @param backend {@code simulator}, or the host that answers, such as {@code api.mistral.ai}
 * @param simulator whether the in-process simulator answers
 * @param apiKeySet whether a key of the user's is set: with the simulator, only {@code
 *     MISTRAL_API_KEY} counts (the simulator sets {@code mistral.api-key} itself); without it, the
 *     client could not have started without a key
 * @param baseUrl the base URL the clients call
 * @param summary one sentence saying where the answers come from, and how to change it
 */
public record MistralBackend(
    String backend, boolean simulator, boolean apiKeySet, String baseUrl, String summary) {

  /**
   * The simulator's type, looked up by name: the simulator is a runtime dependency of the sample,
   * so its code never refers to the class, and finds a simulator only when one was started.
   */
  static final String SIMULATOR_TYPE = "io.github.mistralspring.test.MockMistralServer";

  /** Tells which Mistral the application's clients were pointed at. */
  static MistralBackend of(
      ListableBeanFactory beans, Environment environment, MistralConnectionDetails connection) {
    String baseUrl = connection.baseUrl();
    if (simulatorRunning(beans)) {
      boolean keySet = hasText(environment, "MISTRAL_API_KEY");
      String summary =
          keySet
              ? "Answers come from the in-process Mistral simulator at "
                  + baseUrl
                  + " although MISTRAL_API_KEY is set, because mistral.simulator.enabled=true:"
                  + " the answers are simulated."
              : "With no MISTRAL_API_KEY set, answers come from the in-process Mistral simulator at "
                  + baseUrl
                  + ": they are simulated and deterministic. Set MISTRAL_API_KEY and restart to"
                  + " use api.mistral.ai.";
      return new MistralBackend("simulator", true, keySet, baseUrl, summary);
    }
    String host = host(baseUrl);
    String summary =
        "api.mistral.ai".equals(host)
            ? "Answers come from the Mistral API at " + baseUrl + ", with your API key."
            : "Answers come from the Mistral-compatible server at "
                + baseUrl
                + " (mistral.base-url), with your API key.";
    return new MistralBackend(host, false, true, baseUrl, summary);
  }

  private static boolean simulatorRunning(ListableBeanFactory beans) {
    ClassLoader loader = MistralBackend.class.getClassLoader();
    return ClassUtils.isPresent(SIMULATOR_TYPE, loader)
        && beans.getBeanNamesForType(
                    ClassUtils.resolveClassName(SIMULATOR_TYPE, loader), true, false)
                .length
            > 0;
  }

  private static boolean hasText(Environment environment, String name) {
    try {
      return StringUtils.hasText(environment.getProperty(name));
    } catch (IllegalArgumentException unresolvablePlaceholder) {
      return false;
    }
  }

  private static String host(String baseUrl) {
    try {
      String host = URI.create(baseUrl).getHost();
      return host == null ? baseUrl : host;
    } catch (IllegalArgumentException notAUri) {
      return baseUrl;
    }
  }
}
