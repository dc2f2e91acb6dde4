package io.github.mistralspring.autoconfigure;

/** The application runs on a Spring Boot line the Mistral starter does not support. */
public class MistralUnsupportedSpringBootException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  /** The Spring Boot version found on the class path, as the application runs on it. */
  private final String version;

  /**
   * Creates the exception.
   *
   * @param version the Spring Boot version the application runs on
   */
  public MistralUnsupportedSpringBootException(String version) {
    super(
        "The Mistral Spring Boot starter needs Spring Boot 4.0 or later (and Java 17 or later);"
            + " this application runs on Spring Boot "
            + version
            + ".");
    this.version = version;
  }

  /** {@return the Spring Boot version the application runs on, such as 3.5.6} */
  public String getVersion() {
    return version;
  }
}
