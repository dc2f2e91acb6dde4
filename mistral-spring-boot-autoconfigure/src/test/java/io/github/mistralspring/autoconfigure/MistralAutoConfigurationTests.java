package io.github.mistralspring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mistralspring.client.ClientSettings;
import io.github.mistralspring.client.MistralClient;
import io.github.mistralspring.client.ReactiveMistralClient;
import io.github.mistralspring.client.core.RetryPolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

class MistralAutoConfigurationTests {

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withInitializer(EnvironmentVariables.none())
          .withConfiguration(AutoConfigurations.of(MistralAutoConfiguration.class));

  private final ApplicationContextRunner runnerWithKey =
      runner.withPropertyValues("mistral.api-key=test-key-not-real");

  private static ClientSettings settings(AssertableApplicationContext context) {
    return context.getBean(ReactiveMistralClient.class).settings();
  }

  @Test
  void createsABlockingAndAReactiveClientThatShareOneEngine() {
    runnerWithKey.run(
        context -> {
          assertThat(context).hasNotFailed();
          assertThat(context).hasSingleBean(ReactiveMistralClient.class);
          assertThat(context).hasSingleBean(MistralClient.class);
          assertThat(context).hasSingleBean(MistralConnectionDetails.class);
          ReactiveMistralClient reactive = context.getBean(ReactiveMistralClient.class);
          MistralClient blocking = context.getBean(MistralClient.class);
          assertThat(blocking.reactive()).isSameAs(reactive);
          assertThat(blocking.settings()).isSameAs(reactive.settings());
        });
  }

  @Test
  void usesTheDefaultsOfThePublicApiWhenOnlyTheKeyIsSet() {
    runnerWithKey.run(
        context -> {
          ClientSettings settings = settings(context);
          assertThat(settings.baseUrl()).isEqualTo("https://api.mistral.ai");
          assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
          assertThat(settings.responseTimeout()).isEqualTo(Duration.ofSeconds(120));
          assertThat(settings.streamIdleTimeout()).isEqualTo(Duration.ofSeconds(60));
          assertThat(settings.maxInMemorySize()).isEqualTo(64 * 1024 * 1024);
          assertThat(settings.compression()).isTrue();
          assertThat(settings.retryPolicy()).isEqualTo(RetryPolicy.defaults());
          assertThat(settings.maxConnections()).isEqualTo(500);
          assertThat(settings.maxPendingAcquires()).isEqualTo(1000);
          assertThat(settings.pendingAcquireTimeout()).isEqualTo(Duration.ofSeconds(45));
          assertThat(settings.maxIdleTime()).isEqualTo(Duration.ofSeconds(20));
          assertThat(settings.usesWebClient()).isFalse();
        });
  }

  @Test
  void bindsConnectionAndTimeoutPropertiesToTheTransport() {
    runnerWithKey
        .withPropertyValues(
            "mistral.base-url=http://localhost:8089/",
            "mistral.connect-timeout=3s",
            "mistral.response-timeout=2m",
            "mistral.stream-idle-timeout=45s",
            "mistral.write-timeout=5s",
            "mistral.call-timeout=30m",
            "mistral.max-in-memory-size=10MB",
            "mistral.max-event-size=1MB",
            "mistral.compression=false")
        .run(
            context -> {
              ClientSettings settings = settings(context);
              assertThat(settings.baseUrl()).isEqualTo("http://localhost:8089");
              assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(3));
              assertThat(settings.responseTimeout()).isEqualTo(Duration.ofMinutes(2));
              assertThat(settings.streamIdleTimeout()).isEqualTo(Duration.ofSeconds(45));
              assertThat(settings.writeTimeout()).isEqualTo(Duration.ofSeconds(5));
              assertThat(settings.callTimeout()).isEqualTo(Duration.ofMinutes(30));
              assertThat(settings.maxInMemorySize()).isEqualTo(10 * 1024 * 1024);
              assertThat(settings.maxEventSize()).isEqualTo(1024 * 1024);
              assertThat(settings.compression()).isFalse();
            });
  }

  @Test
  void bindsRetryPropertiesToTheRetryPolicyCountingTheFirstAttempt() {
    runnerWithKey
        .withPropertyValues(
            "mistral.retry.max-attempts=5",
            "mistral.retry.initial-backoff=250ms",
            "mistral.retry.max-backoff=4s",
            "mistral.retry.jitter=0.2",
            "mistral.retry.max-retry-after=90s")
        .run(
            context ->
                assertThat(settings(context).retryPolicy())
                    .isEqualTo(
                        new RetryPolicy(
                            4,
                            Duration.ofMillis(250),
                            Duration.ofSeconds(4),
                            0.2,
                            Duration.ofSeconds(90))));
  }

  @Test
  void turnsRetryingOffWhenRetryIsDisabled() {
    runnerWithKey
        .withPropertyValues("mistral.retry.enabled=false", "mistral.retry.max-attempts=5")
        .run(context -> assertThat(settings(context).retryPolicy().maxRetries()).isZero());
  }

  @Test
  void maxAttemptsOfOneMeansNoRetry() {
    runnerWithKey
        .withPropertyValues("mistral.retry.max-attempts=1")
        .run(context -> assertThat(settings(context).retryPolicy().maxRetries()).isZero());
  }

  @Test
  void bindsTheDefaultModelsOfEachApiGroup() {
    runnerWithKey
        .withPropertyValues(
            "mistral.chat.model=mistral-large-latest",
            "mistral.fim.model=codestral-2508",
            "mistral.embeddings.model=codestral-embed",
            "mistral.moderation.model=mistral-moderation-2411",
            "mistral.ocr.model=mistral-ocr-2505")
        .run(
            context -> {
              ClientSettings settings = settings(context);
              assertThat(settings.defaultChatModel()).isEqualTo("mistral-large-latest");
              assertThat(settings.defaultFimModel()).isEqualTo("codestral-2508");
              assertThat(settings.defaultEmbeddingsModel()).isEqualTo("codestral-embed");
              assertThat(settings.defaultModerationModel()).isEqualTo("mistral-moderation-2411");
              assertThat(settings.defaultOcrModel()).isEqualTo("mistral-ocr-2505");
            });
  }

  @Test
  void everyApiGroupHasADefaultModelOutOfTheBox() {
    runnerWithKey.run(
        context -> {
          ClientSettings settings = settings(context);
          assertThat(settings.defaultChatModel()).isEqualTo("mistral-small-latest");
          assertThat(settings.defaultFimModel()).isEqualTo("codestral-latest");
          assertThat(settings.defaultEmbeddingsModel()).isEqualTo("mistral-embed");
          assertThat(settings.defaultModerationModel()).isEqualTo("mistral-moderation-latest");
          assertThat(settings.defaultOcrModel()).isEqualTo("mistral-ocr-latest");
        });
  }

  @Test
  void anEmptyModelPropertyLeavesThatApiGroupWithoutADefault() {
    runnerWithKey
        .withPropertyValues("mistral.embeddings.model=")
        .run(
            context ->
                assertThatThrownBy(
                        () -> context.getBean(MistralClient.class).embeddings().embed("hello"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("mistral.embeddings.model")
                    .hasMessageContaining("mistral-embed"));
  }

  @Test
  void bindsPoolPropertiesToTheTransport() {
    runnerWithKey
        .withPropertyValues(
            "mistral.pool.max-connections=16",
            "mistral.pool.max-pending-acquires=-1",
            "mistral.pool.pending-acquire-timeout=5s",
            "mistral.pool.max-idle-time=8s")
        .run(
            context -> {
              ClientSettings settings = settings(context);
              assertThat(settings.maxConnections()).isEqualTo(16);
              assertThat(settings.maxPendingAcquires()).isEqualTo(-1);
              assertThat(settings.pendingAcquireTimeout()).isEqualTo(Duration.ofSeconds(5));
              assertThat(settings.maxIdleTime()).isEqualTo(Duration.ofSeconds(8));
            });
  }

  @Test
  void createsNoMistralBeansWhenDisabledEvenWithoutAKey() {
    runner
        .withPropertyValues("mistral.enabled=false")
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context).doesNotHaveBean(MistralClient.class);
              assertThat(context).doesNotHaveBean(ReactiveMistralClient.class);
              assertThat(context).doesNotHaveBean(MistralConnectionDetails.class);
              assertThat(context).doesNotHaveBean(MistralProperties.class);
            });
  }

  @Test
  void startsWithoutAKeyWhenTheUserDefinesAMistralClient() {
    runner
        .withUserConfiguration(UserBlockingClientConfiguration.class)
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context).hasSingleBean(MistralClient.class);
              assertThat(context.getBean(MistralClient.class))
                  .isSameAs(context.getBean("userMistralClient"));
              // The user's client is a whole: no second engine is built beside it.
              assertThat(context).doesNotHaveBean(ReactiveMistralClient.class);
            });
  }

  @Test
  void buildsTheBlockingClientOnTheUsersReactiveClient() {
    runner
        .withUserConfiguration(UserReactiveClientConfiguration.class)
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context).hasSingleBean(ReactiveMistralClient.class);
              ReactiveMistralClient reactive = context.getBean(ReactiveMistralClient.class);
              assertThat(reactive).isSameAs(context.getBean("userReactiveMistralClient"));
              assertThat(context.getBean(MistralClient.class).reactive()).isSameAs(reactive);
            });
  }

  @Test
  void keepsTheUsersClientsEvenWhenAKeyIsConfigured() {
    runnerWithKey
        .withUserConfiguration(UserReactiveClientConfiguration.class)
        .run(
            context ->
                assertThat(context.getBean(ReactiveMistralClient.class))
                    .isSameAs(context.getBean("userReactiveMistralClient")));
  }

  @Test
  void startsWithoutAKeyWhenTheUserSuppliesConnectionDetails() {
    runner
        .withUserConfiguration(UserConnectionDetailsConfiguration.class)
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context).hasSingleBean(MistralConnectionDetails.class);
              assertThat(context).doesNotHaveBean(PropertiesMistralConnectionDetails.class);
              ClientSettings settings = settings(context);
              // The key it sends is checked over HTTP in MistralAutoConfigurationHttpTests.
              assertThat(settings.baseUrl()).isEqualTo("http://simulator.invalid:9000");
            });
  }

  @Test
  void appliesACustomizerAfterTheProperties() {
    runnerWithKey
        .withPropertyValues("mistral.retry.max-attempts=5", "mistral.response-timeout=30s")
        .withBean(
            MistralClientCustomizer.class,
            () ->
                builder ->
                    builder.retryPolicy(RetryPolicy.none()).responseTimeout(Duration.ofSeconds(7)))
        .run(
            context -> {
              ClientSettings settings = settings(context);
              assertThat(settings.retryPolicy()).isEqualTo(RetryPolicy.none());
              assertThat(settings.responseTimeout()).isEqualTo(Duration.ofSeconds(7));
            });
  }

  @Test
  void appliesSeveralCustomizersInTheirOrder() {
    runnerWithKey
        .withUserConfiguration(OrderedCustomizersConfiguration.class)
        .run(
            context -> {
              assertThat(context.getBean(OrderedCustomizersConfiguration.class).applied)
                  .containsExactly("first", "second");
              // The last one applied wins.
              assertThat(settings(context).responseTimeout()).isEqualTo(Duration.ofSeconds(2));
            });
  }

  @Test
  void closingTheContextClosesTheEngineSharedByBothClients() {
    AtomicReference<ReactiveMistralClient> reactive = new AtomicReference<>();
    AtomicReference<MistralClient> blocking = new AtomicReference<>();
    runnerWithKey.run(
        context -> {
          reactive.set(context.getBean(ReactiveMistralClient.class));
          blocking.set(context.getBean(MistralClient.class));
          assertThat(reactive.get().isClosed()).isFalse();
        });
    assertThat(reactive.get().isClosed()).isTrue();
    assertThat(blocking.get().isClosed()).isTrue();
  }

  @Test
  void closingTheContextClosesAUserBlockingClient() {
    AtomicReference<MistralClient> client = new AtomicReference<>();
    runner
        .withUserConfiguration(UserBlockingClientConfiguration.class)
        .run(context -> client.set(context.getBean(MistralClient.class)));
    assertThat(client.get().isClosed()).isTrue();
  }

  @Configuration(proxyBeanMethods = false)
  static class UserBlockingClientConfiguration {

    @Bean
    MistralClient userMistralClient() {
      return MistralClient.builder().apiKey("user-key-not-real").build();
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class UserReactiveClientConfiguration {

    @Bean
    ReactiveMistralClient userReactiveMistralClient() {
      return ReactiveMistralClient.builder().apiKey("user-key-not-real").buildReactive();
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class UserConnectionDetailsConfiguration {

    @Bean
    MistralConnectionDetails simulatorConnectionDetails() {
      return new MistralConnectionDetails() {
        @Override
        public String baseUrl() {
          return "http://simulator.invalid:9000";
        }

        @Override
        public String apiKey() {
          return "details-key-not-real";
        }
      };
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class OrderedCustomizersConfiguration {

    final List<String> applied = new ArrayList<>();

    // Declared second-first, so that only the order can explain the sequence.
    @Bean
    @Order(2)
    MistralClientCustomizer secondCustomizer() {
      return builder -> {
        applied.add("second");
        builder.responseTimeout(Duration.ofSeconds(2));
      };
    }

    @Bean
    @Order(1)
    MistralClientCustomizer firstCustomizer() {
      return builder -> {
        applied.add("first");
        builder.responseTimeout(Duration.ofSeconds(1));
      };
    }
  }
}
