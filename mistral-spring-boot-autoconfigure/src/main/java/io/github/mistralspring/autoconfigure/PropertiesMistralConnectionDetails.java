package io.github.mistralspring.autoconfigure;

import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Connection details from {@code mistral.base-url} and {@code mistral.api-key}, falling back to the
 * {@code MISTRAL_API_KEY} environment variable for the key.
 */
final class PropertiesMistralConnectionDetails implements MistralConnectionDetails {

  static final String API_KEY_VARIABLE = "MISTRAL_API_KEY";

  private final MistralProperties properties;
  private final Environment environment;

  PropertiesMistralConnectionDetails(MistralProperties properties, Environment environment) {
    this.properties = properties;
    this.environment = environment;
  }

  @Override
  public String baseUrl() {
    return properties.getBaseUrl();
  }

  @Override
  public String apiKey() {
    if (StringUtils.hasText(properties.getApiKey())) {
      return properties.getApiKey();
    }
    String fromVariable = environment.getProperty(API_KEY_VARIABLE);
    return StringUtils.hasText(fromVariable) ? fromVariable : null;
  }

  @Override
  public String toString() {
    return "PropertiesMistralConnectionDetails[baseUrl=" + baseUrl() + "]";
  }
}
