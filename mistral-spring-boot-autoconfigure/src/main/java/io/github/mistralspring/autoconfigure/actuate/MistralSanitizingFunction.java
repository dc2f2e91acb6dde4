package io.github.mistralspring.autoconfigure.actuate;

import java.util.Locale;
import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;

/**
 * Hides Mistral secrets in {@code /actuator/configprops} and {@code /actuator/env}, even when they
 * show values: every API key (mistral.api-key, a named client's, MISTRAL_API_KEY) and the proxy's
 * password.
 */
public class MistralSanitizingFunction implements SanitizingFunction {

  @Override
  public SanitizableData apply(SanitizableData data) {
    String key = normalize(data.getKey());
    if (key.endsWith("apikey") || (key.contains("mistral") && key.endsWith("password"))) {
      return data.withSanitizedValue();
    }
    return data;
  }

  // api-key, apiKey, API_KEY and api_key all read as "apikey".
  private static String normalize(String key) {
    return key == null ? "" : key.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
  }
}
