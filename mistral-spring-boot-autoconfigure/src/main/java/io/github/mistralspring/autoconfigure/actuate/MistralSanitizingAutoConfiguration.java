package io.github.mistralspring.autoconfigure.actuate;

import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/** Auto-configuration that keeps Mistral keys out of the actuator's endpoints. */
@AutoConfiguration
@ConditionalOnClass(SanitizingFunction.class)
public final class MistralSanitizingAutoConfiguration {

  @Bean
  @ConditionalOnMissingBean(name = "mistralSanitizingFunction")
  MistralSanitizingFunction mistralSanitizingFunction() {
    return new MistralSanitizingFunction();
  }
}
