package io.github.mistralspring.client.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version of this library, as the build wrote it into {@code mistral-client.properties}. */
public final class ClientVersion {

  /** The version, such as {@code 0.1.0}; {@code unknown} if the build did not record it. */
  public static final String VERSION = load();

  private ClientVersion() {}

  private static String load() {
    try (InputStream in = ClientVersion.class.getResourceAsStream("mistral-client.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", "unknown");
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    }
  }
}
