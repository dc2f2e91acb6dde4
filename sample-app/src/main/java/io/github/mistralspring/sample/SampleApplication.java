package io.github.mistralspring.sample;

import io.github.mistralspring.autoconfigure.MistralConnectionDetails;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * A small Spring MVC application that shows the Mistral starter: chat, embeddings, moderation and
 * OCR. With no API key it answers from the Mistral simulator, started in-process.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SampleApplication {

  private static final Logger logger = LoggerFactory.getLogger(SampleApplication.class);

  /** Starts the application. */
  public static void main(String[] args) {
    SpringApplication.run(SampleApplication.class, args);
  }

  /** Which Mistral answers: told by the page's banner and the start-up log line. */
  @Bean
  MistralBackend mistralBackend(
      ListableBeanFactory beans, Environment environment, MistralConnectionDetails connection) {
    return MistralBackend.of(beans, environment, connection);
  }

  /** Says, once the application is up, where it is and which Mistral it talks to. */
  @Bean
  ApplicationListener<ApplicationReadyEvent> sayWhereMistralAnswersFrom(MistralBackend backend) {
    return event -> {
      String port =
          event.getApplicationContext().getEnvironment().getProperty("local.server.port", "8080");
      logger.info("Sample ready on http://localhost:{}/ - {}", port, backend.summary());
    };
  }
}
