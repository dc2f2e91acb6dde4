package io.github.mistralspring.springai.autoconfigure;

import static io.github.mistralspring.springai.Simulators.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mistralspring.autoconfigure.MistralAutoConfiguration;
import io.github.mistralspring.autoconfigure.observation.MistralObservationAutoConfiguration;
import io.github.mistralspring.client.observation.MistralObservationContext;
import io.github.mistralspring.test.MockMistralExtension;
import io.github.mistralspring.test.MockResponse;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationView;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.ai.chat.client.ChatClient;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.observation.ChatModelMeterObservationHandler;
import org.springframework.ai.model.chat.client.autoconfigure.ChatClientAutoConfiguration;
import org.springframework.ai.model.chat.observation.autoconfigure.ChatObservationAutoConfiguration;
import org.springframework.ai.model.tool.autoconfigure.ToolCallingAutoConfiguration;
import org.springframework.ai.tool.annotation.Tool;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A call through the bridge is counted once in the {@code gen_ai.client.*} metrics, with Spring
 * AI's own chat metrics handler and Boot's observation metrics in place: the client's observation
 * reports it, and the bridge adds no Spring AI model observation of its own.
 */
class MistralSpringAiObservationTests {

  private static final String DURATION = "gen_ai.client.operation.duration";
  private static final String TOKENS = "gen_ai.client.token.usage";

  @RegisterExtension static MockMistralExtension mistral = new MockMistralExtension();

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  ObservationAutoConfiguration.class,
                  MetricsAutoConfiguration.class,
                  SimpleMetricsExportAutoConfiguration.class,
                  MistralAutoConfiguration.class,
                  MistralObservationAutoConfiguration.class,
                  MistralSpringAiAutoConfiguration.class,
                  ToolCallingAutoConfiguration.class,
                  ChatClientAutoConfiguration.class,
                  ChatObservationAutoConfiguration.class))
          .withPropertyValues(
              "mistral.api-key=test-key-not-real",
              "mistral.base-url=" + mistral.baseUrl(),
              "mistral.retry.enabled=false");

  /** A tool, so that one ChatClient call makes two API calls. */
  static final class Clock {

    @Tool(description = "The current time in a city")
    String time(String city) {
      return "10:42 in " + city;
    }
  }

  private static double count(MeterRegistry registry, String name) {
    return registry.find(name).timers().stream().mapToLong(Timer::count).sum();
  }

  private static List<DistributionSummary> tokens(MeterRegistry registry, String type) {
    return registry.find(TOKENS).tag("gen_ai.token.type", type).summaries().stream().toList();
  }

  @Test
  void eachApiCallIsCountedOnceWhateverTheLayersAbove() {
    mistral
        .server()
        .enqueue(
            MockResponse.answer("Bonjour."),
            MockResponse.answer("Hallo."),
            MockResponse.toolCall("time", "{\"city\":\"Oslo\"}"),
            MockResponse.answer("It is 10:42 in Oslo."));
    runner.run(
        context -> {
          assertThat(context).hasSingleBean(ChatModelMeterObservationHandler.class);
          MeterRegistry registry = context.getBean(MeterRegistry.class);
          assertThat(registry).isInstanceOf(SimpleMeterRegistry.class);
          ChatClient chatClient = context.getBean(ChatClient.Builder.class).build();

          ChatResponse called = chatClient.prompt("Hello").call().chatResponse();
          chatClient.prompt("Hello").stream().content().collectList().block(TIMEOUT);
          ChatResponse withTool =
              chatClient.prompt("Time in Oslo?").tools(new Clock()).call().chatResponse();

          // Four API calls: one, one streamed, and the two rounds of the tool loop.
          assertThat(mistral.server().requestCount()).isEqualTo(4);
          assertThat(count(registry, DURATION)).isEqualTo(4);
          // Spring AI's model-level timer would carry this name: it has no meter of its own.
          assertThat(registry.find("gen_ai.client.operation").meters()).isEmpty();
          List<DistributionSummary> input = tokens(registry, "input");
          assertThat(input.stream().mapToLong(DistributionSummary::count).sum()).isEqualTo(4);
          // Every token meter is the client's: tagged with its operation, none of Spring AI's.
          assertThat(registry.find(TOKENS).meters())
              .allSatisfy(
                  (Meter meter) ->
                      assertThat(meter.getId().getTag("mistral.operation")).isNotNull());
          assertThat(registry.find(TOKENS).tag("gen_ai.token.type", "total").meters()).isEmpty();
          double firstCallTokens = called.getMetadata().getUsage().getPromptTokens();
          double toolLoopTokens = withTool.getMetadata().getUsage().getPromptTokens();
          double streamed =
              registry
                  .find(TOKENS)
                  .tag("gen_ai.token.type", "input")
                  .tag("mistral.operation", "chat.stream")
                  .summary()
                  .totalAmount();
          assertThat(input.stream().mapToDouble(DistributionSummary::totalAmount).sum())
              .isEqualTo(firstCallTokens + streamed + toolLoopTokens);
        });
  }

  /** Records, for each client observation started, the observations it sits in. */
  static final class ParentRecorder implements ObservationHandler<MistralObservationContext> {

    final List<String> parents = new CopyOnWriteArrayList<>();

    @Override
    public void onStart(MistralObservationContext context) {
      ObservationView parent = context.getParentObservation();
      parents.add(parent == null ? "none" : parent.getContextView().getName());
    }

    @Override
    public boolean supportsContext(Observation.Context context) {
      return context instanceof MistralObservationContext;
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class Parents {

    @Bean
    ParentRecorder parentRecorder() {
      return new ParentRecorder();
    }
  }

  @Test
  void theClientsSpansSitInsideTheChatClientsCalledOrStreamed() {
    mistral.server().enqueue(MockResponse.answer("Bonjour."), MockResponse.answer("Hallo."));
    runner
        .withUserConfiguration(Parents.class)
        .run(
            context -> {
              ChatClient chatClient = context.getBean(ChatClient.Builder.class).build();
              chatClient.prompt("Hello").call().content();
              chatClient.prompt("Hello").stream().content().collectList().block(TIMEOUT);

              // The innermost Spring AI observation around the model call is the advisor's.
              assertThat(context.getBean(ParentRecorder.class).parents)
                  .containsExactly("spring.ai.advisor", "spring.ai.advisor");
            });
  }
}
