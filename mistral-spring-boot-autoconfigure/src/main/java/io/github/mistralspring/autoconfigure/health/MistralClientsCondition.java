package io.github.mistralspring.autoconfigure.health;

import io.github.mistralspring.autoconfigure.MistralProperties;
import io.github.mistralspring.client.ReactiveMistralClient;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Whether there is a Mistral client to check: a client bean, or named clients, whose beans are
 * registered after the auto-configurations are read and so are not yet seen by a bean condition.
 */
final class MistralClientsCondition extends AnyNestedCondition {

  MistralClientsCondition() {
    super(ConfigurationPhase.REGISTER_BEAN);
  }

  @ConditionalOnBean(ReactiveMistralClient.class)
  static final class OnClientBean {}

  @Conditional(NamedClientsConfigured.class)
  static final class OnNamedClients {}

  /** Whether {@code mistral.clients.<name>.*} configures any client. */
  static final class NamedClientsConfigured extends SpringBootCondition {

    @Override
    public ConditionOutcome getMatchOutcome(
        ConditionContext context, AnnotatedTypeMetadata metadata) {
      Map<String, MistralProperties> named =
          Binder.get(context.getEnvironment())
              .bind("mistral.clients", Bindable.mapOf(String.class, MistralProperties.class))
              .orElse(Map.of());
      return named.isEmpty()
          ? ConditionOutcome.noMatch("no named Mistral clients")
          : ConditionOutcome.match("named Mistral clients " + named.keySet());
    }
  }
}
