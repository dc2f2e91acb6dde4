package io.github.mistralspring.autoconfigure;

import org.springframework.boot.autoconfigure.service.connection.ConnectionDetails;

/**
 * Where the Mistral API is and how to authenticate: the client beans are built from this, so a test
 * or a tool can supply its own (for example, a local simulator).
 */
public interface MistralConnectionDetails extends ConnectionDetails {

  /** {@return the base URL of the API, such as {@code https://api.mistral.ai}} */
  String baseUrl();

  /** {@return the API key, or null when none is configured} */
  String apiKey();
}
