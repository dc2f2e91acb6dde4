package io.github.mistralspring.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** A small Spring MVC application that answers prompts with the Mistral AI API. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SampleApplication {

  /** Starts the application. */
  public static void main(String[] args) {
    SpringApplication.run(SampleApplication.class, args);
  }
}
