package io.github.mistralspring.autoconfigure;

import io.github.mistralspring.client.MistralClient;
import io.github.mistralspring.client.ReactiveMistralClient;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.support.AutowireCandidateQualifier;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.BindHandler;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.validation.ValidationBindHandler;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Registers a {@link ReactiveMistralClient} and a {@link MistralClient} for each {@code
 * mistral.clients.<name>}, qualified by the name, with every setting the named client leaves unset
 * taken from {@code mistral.*}.
 */
final class NamedMistralClientsRegistrar
    implements BeanDefinitionRegistryPostProcessor, BeanFactoryAware {

  static final String PREFIX = "mistral.clients";

  private final Environment environment;
  private BeanFactory beanFactory;

  NamedMistralClientsRegistrar(Environment environment) {
    this.environment = environment;
  }

  @Override
  public void setBeanFactory(BeanFactory beanFactory) throws BeansException {
    this.beanFactory = beanFactory;
  }

  /**
   * The names of the configured named clients: any {@code mistral.*} setting under a name defines
   * it, as {@link #effectiveProperties} binds them all.
   */
  static Set<String> names(Environment environment) {
    return Binder.get(environment)
        .bind(PREFIX, Bindable.mapOf(String.class, MistralProperties.class))
        .orElse(Map.of())
        .keySet();
  }

  /** Matches when at least one named client is configured. */
  static final class Configured extends SpringBootCondition {

    @Override
    public ConditionOutcome getMatchOutcome(
        ConditionContext context, AnnotatedTypeMetadata metadata) {
      Set<String> named = names(context.getEnvironment());
      return named.isEmpty()
          ? ConditionOutcome.noMatch("no named Mistral clients are configured")
          : ConditionOutcome.match("named Mistral clients " + named + " are configured");
    }
  }

  /** The bean name of a named client's reactive face. */
  static String reactiveBeanName(String name) {
    return name + "ReactiveMistralClient";
  }

  @Override
  public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
    for (String name : names(environment)) {
      RootBeanDefinition reactive =
          new RootBeanDefinition(ReactiveMistralClient.class, () -> createReactive(name));
      reactive.addQualifier(new AutowireCandidateQualifier(Qualifier.class, name));
      registry.registerBeanDefinition(reactiveBeanName(name), reactive);

      RootBeanDefinition blocking =
          new RootBeanDefinition(
              MistralClient.class,
              () ->
                  MistralClient.of(
                      beanFactory.getBean(reactiveBeanName(name), ReactiveMistralClient.class)));
      blocking.addQualifier(new AutowireCandidateQualifier(Qualifier.class, name));
      blocking.setDependsOn(reactiveBeanName(name));
      // The blocking face shares the reactive one's engine, which that bean closes.
      blocking.setDestroyMethodName("");
      registry.registerBeanDefinition(name + "MistralClient", blocking);
    }
  }

  private ReactiveMistralClient createReactive(String name) {
    MistralProperties properties = effectiveProperties(environment, name);
    return beanFactory
        .getBean(MistralClientFactory.class)
        .create(
            "mistral-" + name,
            properties,
            new PropertiesMistralConnectionDetails(properties, environment, PREFIX + "." + name));
  }

  /**
   * The settings of a named client: {@code mistral.*}, then {@code mistral.clients.<name>.*} bound
   * over them, so that what the named client sets wins and what it leaves unset is inherited.
   */
  static MistralProperties effectiveProperties(Environment environment, String name) {
    Binder binder = Binder.get(environment);
    // Checked as they are bound, as mistral.* is: a value out of range under the name fails with
    // Spring Boot's report naming mistral.clients.<name>.<setting>.
    MistralProperties properties =
        binder
            .bind("mistral", Bindable.of(MistralProperties.class), validation(environment))
            .orElseGet(MistralProperties::new);
    binder.bind(PREFIX + "." + name, Bindable.ofInstance(properties), validation(environment));
    return properties;
  }

  private static BindHandler validation(Environment environment) {
    return new ValidationBindHandler(new MistralPropertiesValidator(false, environment));
  }
}
