package io.github.mistralspring.autoconfigure;

import org.springframework.core.env.Environment;

/**
 * Connection details from {@code mistral.base-url} and {@code mistral.api-key} (or those of a named
 * client, {@code mistral.clients.<name>.*}), falling back to the {@code MISTRAL_API_KEY}
 * environment variable for the key. The key is trimmed of surrounding whitespace.
 */
final class PropertiesMistralConnectionDetails implements MistralConnectionDetails {

  private final MistralProperties properties;
  private final Environment environment;
  private final String prefix;

  /**
   * Creates the details of the client whose settings are under {@code prefix}.
   *
   * @param properties its settings, those it inherits included
   * @param environment where its key is looked for
   * @param prefix {@code mistral}, or {@code mistral.clients.<name>} for a named client
   */
  PropertiesMistralConnectionDetails(
      MistralProperties properties, Environment environment, String prefix) {
    this.properties = properties;
    this.environment = environment;
    this.prefix = prefix;
  }

  /** The details of the default client, from {@code mistral.*}. */
  PropertiesMistralConnectionDetails(MistralProperties properties, Environment environment) {
    this(properties, environment, "mistral");
  }

  @Override
  public String baseUrl() {
    return properties.getBaseUrl();
  }

  @Override
  public String apiKey() {
    return ApiKeys.find(environment, prefix);
  }

  /**
   * The key, checked: a missing, blank or unresolved one, or one with characters no key has, fails
   * with a message naming where it was looked for.
   */
  String requireApiKey() {
    return ApiKeys.require(environment, prefix);
  }

  @Override
  public String toString() {
    return "PropertiesMistralConnectionDetails[baseUrl=" + baseUrl() + "]";
  }
}
