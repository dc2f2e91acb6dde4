package io.github.mistralspring.autoconfigure;

import org.springframework.boot.SpringBootVersion;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Stops an application on a Spring Boot line the starter does not support (before 4.0) with one
 * clear line, before the context is refreshed: there, Boot 4 modules the starter brings (such as
 * its WebClient and codecs auto-configurations) would otherwise clash with the application's own
 * and fail with a {@code BeanDefinitionOverrideException} that names neither. Registered in {@code
 * META-INF/spring.factories}, and written against types that every Boot line has.
 */
final class SpringBootVersionCheck
    implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  /** The first Spring Boot version the starter supports. */
  static final int SUPPORTED_MAJOR = 4;

  /** Created by Spring Boot from {@code META-INF/spring.factories}. */
  SpringBootVersionCheck() {}

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    check(SpringBootVersion.getVersion());
  }

  /**
   * Checks a Spring Boot version.
   *
   * @param version such as {@code 4.0.7}, or null when Boot cannot tell (classes run outside their
   *     jar), which passes
   * @throws MistralUnsupportedSpringBootException when it is before 4.0
   */
  static void check(String version) {
    if (version == null) {
      return;
    }
    int major = major(version);
    if (major >= 0 && major < SUPPORTED_MAJOR) {
      throw new MistralUnsupportedSpringBootException(version);
    }
  }

  // The leading number of 3.5.7, 4.0.0-RC1 or 4.1.0-SNAPSHOT; -1 when there is none.
  private static int major(String version) {
    int end = 0;
    while (end < version.length() && Character.isDigit(version.charAt(end))) {
      end++;
    }
    if (end == 0 || end > 6) {
      return -1;
    }
    return Integer.parseInt(version.substring(0, end));
  }
}
