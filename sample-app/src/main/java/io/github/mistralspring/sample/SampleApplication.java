package io.github.mistralspring.sample;

import io.github.mistralspring.autoconfigure.MistralConnectionDetails;
import io.github.mistralspring.test.MockMistralServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;

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

  /** Says, once the application is up, where it is and which Mistral it talks to. */
  @Bean
  ApplicationListener<ApplicationReadyEvent> sayWhereMistralAnswersFrom(
      ObjectProvider<MockMistralServer> simulator, MistralConnectionDetails connection) {
    return event -> {
      String port =
          event.getApplicationContext().getEnvironment().getProperty("local.server.port", "8080");
      String mistral =
          simulator.getIfAvailable() != null
              ? "the in-process Mistral SIMULATOR at "
                  + connection.baseUrl()
                  + " (no API key is set; answers are simulated). To use the real API, stop and"
                  + " run again with MISTRAL_API_KEY set"
              : "the Mistral API at " + connection.baseUrl();
      logger.info("Sample ready on http://localhost:{}/ - Mistral answers from {}.", port, mistral);
    };
  }
}
