package io.github.mistralspring.autoconfigure;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** What is wrong with a base URL, said so that the fix is plain. */
final class BaseUrls {

  private static final String EXAMPLE = "https://api.mistral.ai";

  private BaseUrls() {}

  /**
   * The problem with a base URL, as the end of a sentence that starts with where it was set, or
   * null when it is a usable http or https URL.
   */
  static String problem(String url) {
    if (url == null || url.isBlank()) {
      return "must be set, to an http or https URL such as " + EXAMPLE;
    }
    String trimmed = url.strip();
    if (trimmed.contains("${")) {
      return "is a placeholder that did not resolve ("
          + trimmed
          + "): set the variable it names, or remove the property to use "
          + EXAMPLE;
    }
    String lower = trimmed.toLowerCase(Locale.ROOT);
    if (!lower.contains("://")) {
      return "has no scheme: write it with https:// (or http:// for a local server), such as https://"
          + trimmed;
    }
    if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
      return "must be an http or https URL, such as " + EXAMPLE + ", was " + trimmed;
    }
    URI uri;
    try {
      uri = new URI(trimmed);
    } catch (URISyntaxException invalid) {
      return "is not a valid URL (" + invalid.getReason() + " at index " + invalid.getIndex() + ")";
    }
    if (uri.getHost() == null) {
      return "must name a host, such as " + EXAMPLE + ", was " + trimmed;
    }
    if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
      return "must not have a query or a fragment (the client appends the operations' paths), was "
          + trimmed;
    }
    return null;
  }
}
