package io.github.mistralspring.autoconfigure;

import java.util.Arrays;
import java.util.Set;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Whether to configure the default client: yes, unless named clients are configured and nothing
 * gives a default key. An application that only uses named clients (each with its own key) then
 * gets no default client, rather than a start-up that fails for the want of a key it never meant to
 * set; with no named clients the default client is configured, and a missing key stops the start-up
 * with a message saying where to set one.
 */
final class DefaultClientCondition extends SpringBootCondition {

  @Override
  public ConditionOutcome getMatchOutcome(
      ConditionContext context, AnnotatedTypeMetadata metadata) {
    Environment environment = context.getEnvironment();
    Set<String> named = NamedMistralClientsRegistrar.names(environment);
    if (named.isEmpty()) {
      return ConditionOutcome.match("no named Mistral clients are configured");
    }
    if (ApiKeys.hasDefaultKeySetting(environment)) {
      return ConditionOutcome.match("a default Mistral API key is set");
    }
    if (hasOtherConnectionDetails(context.getBeanFactory())) {
      return ConditionOutcome.match("a MistralConnectionDetails bean is defined");
    }
    return ConditionOutcome.noMatch(
        "only named Mistral clients "
            + named
            + " are configured, and neither mistral.api-key nor MISTRAL_API_KEY is set");
  }

  // The auto-configuration's own details (from mistral.*) do not count.
  private static boolean hasOtherConnectionDetails(ConfigurableListableBeanFactory beanFactory) {
    return beanFactory != null
        && Arrays.stream(
                beanFactory.getBeanNamesForType(MistralConnectionDetails.class, true, false))
            .anyMatch(
                name ->
                    !PropertiesMistralConnectionDetails.class.equals(
                        beanFactory.getType(name, false)));
  }
}
