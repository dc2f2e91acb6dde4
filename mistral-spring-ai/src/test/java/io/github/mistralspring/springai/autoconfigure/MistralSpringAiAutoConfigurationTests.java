package io.github.mistralspring.springai.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mistralspring.autoconfigure.MistralAutoConfiguration;
import io.github.mistralspring.springai.chat.MistralChatModel;
import io.github.mistralspring.springai.embedding.MistralEmbeddingModel;
import io.github.mistralspring.springai.moderation.MistralModerationModel;
import io.github.mistralspring.test.MockMistralExtension;
import io.github.mistralspring.test.MockResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.ai.chat.client.ChatClient;
import org.springframework.ai.chat.client.ChatClientBuilderCustomizer;
import org.springframework.ai.chat.memory.ChatMemory;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.prompt.Prompt;
import org.springframework.ai.embedding.EmbeddingModel;
import org.springframework.ai.model.chat.client.autoconfigure.ChatClientAutoConfiguration;
import org.springframework.ai.model.tool.autoconfigure.ToolCallingAutoConfiguration;
import org.springframework.ai.moderation.ModerationModel;
import org.springframework.ai.tool.annotation.Tool;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** When {@link MistralSpringAiAutoConfiguration} registers the Spring AI models, and how. */
class MistralSpringAiAutoConfigurationTests {

  @RegisterExtension static MockMistralExtension mistral = new MockMistralExtension();

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  MistralAutoConfiguration.class, MistralSpringAiAutoConfiguration.class))
          .withPropertyValues(
              "mistral.api-key=test-key-not-real",
              "mistral.base-url=" + mistral.baseUrl(),
              "mistral.retry.enabled=false");

  @Test
  void registersTheChatEmbeddingAndModerationModels() {
    runner.run(
        context -> {
          assertThat(context).hasSingleBean(MistralChatModel.class);
          assertThat(context).hasSingleBean(MistralEmbeddingModel.class);
          assertThat(context).hasSingleBean(MistralModerationModel.class);
          assertThat(context.getBean(MistralChatModel.class).getOptions().getModel())
              .isEqualTo("mistral-small-latest");
          assertThat(context.getBean(MistralEmbeddingModel.class).getOptions().getModel())
              .isEqualTo("mistral-embed");
        });
  }

  @Test
  void theModelsComeFromTheClientsSettings() {
    runner
        .withPropertyValues(
            "mistral.chat.model=magistral-small-latest",
            "mistral.embeddings.model=codestral-embed",
            "mistral.spring-ai.embedding.dimensions=256",
            "mistral.spring-ai.moderation.model=mistral-moderation-2411")
        .run(
            context -> {
              assertThat(context.getBean(MistralChatModel.class).getOptions().getModel())
                  .isEqualTo("magistral-small-latest");
              MistralEmbeddingModel embedding = context.getBean(MistralEmbeddingModel.class);
              assertThat(embedding.getOptions().getModel()).isEqualTo("codestral-embed");
              assertThat(embedding.dimensions()).isEqualTo(256);
              assertThat(context.getBean(MistralModerationModel.class).toString())
                  .contains("mistral-moderation-2411");
            });
  }

  @Test
  void theAutoConfiguredChatModelAnswersFromTheSimulator() {
    mistral.server().enqueue(MockResponse.answer("Bonjour."));
    runner.run(
        context -> {
          ChatResponse response = context.getBean(ChatModel.class).call(new Prompt("Hello"));
          assertThat(response.getResult().getOutput().getText()).isEqualTo("Bonjour.");
          assertThat(mistral.server().takeRequest().header("authorization"))
              .isEqualTo("Bearer test-key-not-real");
        });
  }

  @Test
  void mistralSpringAiEnabledFalseTurnsEveryModelOff() {
    runner
        .withPropertyValues("mistral.spring-ai.enabled=false")
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context).doesNotHaveBean(ChatModel.class);
              assertThat(context).doesNotHaveBean(EmbeddingModel.class);
              assertThat(context).doesNotHaveBean(ModerationModel.class);
            });
  }

  @Test
  void eachModelHasItsOwnSwitch() {
    runner
        .withPropertyValues(
            "mistral.spring-ai.chat.enabled=false", "mistral.spring-ai.moderation.enabled=false")
        .run(
            context -> {
              assertThat(context).doesNotHaveBean(ChatModel.class);
              assertThat(context).hasSingleBean(MistralEmbeddingModel.class);
              assertThat(context).doesNotHaveBean(ModerationModel.class);
            });
    runner
        .withPropertyValues("mistral.spring-ai.embedding.enabled=false")
        .run(
            context -> {
              assertThat(context).hasSingleBean(MistralChatModel.class);
              assertThat(context).doesNotHaveBean(EmbeddingModel.class);
            });
  }

  @Test
  void mistralEnabledFalseLeavesNothingToBridge() {
    runner
        .withPropertyValues("mistral.enabled=false")
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context).doesNotHaveBean(ChatModel.class);
              assertThat(context).doesNotHaveBean(EmbeddingModel.class);
            });
  }

  @Test
  void withoutSpringAiOnTheClassPathNothingIsRegistered() {
    runner
        .withClassLoader(new FilteredClassLoader(ChatModel.class))
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context).doesNotHaveBean(MistralChatModel.class);
              assertThat(context).doesNotHaveBean(MistralSpringAiProperties.class);
            });
  }

  @Configuration(proxyBeanMethods = false)
  static class OwnChatModel {

    @Bean
    ChatModel ownChatModel() {
      return prompt -> new ChatResponse(List.of());
    }
  }

  @Test
  void aChatModelOfTheApplicationsOwnReplacesOurs() {
    runner
        .withUserConfiguration(OwnChatModel.class)
        .run(
            context -> {
              assertThat(context).hasSingleBean(ChatModel.class);
              assertThat(context).doesNotHaveBean(MistralChatModel.class);
              assertThat(context).hasSingleBean(MistralEmbeddingModel.class);
            });
  }

  @Test
  void aBatchSizeBelowOneStopsTheStartWithThePropertysName() {
    runner
        .withPropertyValues("mistral.spring-ai.embedding.batch-size=0")
        .run(
            context ->
                assertThat(context)
                    .getFailure()
                    .rootCause()
                    .hasMessageContaining("mistral.spring-ai.embedding.batch-size must be 1"));
  }

  /** A tool for the auto-configured ChatClient. */
  static final class Clock {

    @Tool(description = "The current time in a city")
    String time(String city) {
      return "10:42 in " + city;
    }
  }

  private final ApplicationContextRunner withChatClient =
      runner.withConfiguration(
          AutoConfigurations.of(
              ToolCallingAutoConfiguration.class, ChatClientAutoConfiguration.class));

  @Test
  void springAisChatClientBuilderRunsOnOurModelWithItsToolLoop() {
    mistral
        .server()
        .enqueue(
            MockResponse.toolCall("time", "{\"city\":\"Oslo\"}"),
            MockResponse.answer("It is 10:42 in Oslo."));
    withChatClient.run(
        context -> {
          ChatClient chatClient = context.getBean(ChatClient.Builder.class).build();
          String answer =
              chatClient.prompt("What time is it in Oslo?").tools(new Clock()).call().content();
          assertThat(answer).isEqualTo("It is 10:42 in Oslo.");
          assertThat(mistral.server().requestCount()).isEqualTo(2);
          assertThat(context).doesNotHaveBean(ChatClientBuilderCustomizer.class);
        });
  }

  @Test
  void promptCacheByConversationAddsTheAdvisorToEveryChatClient() {
    mistral.server().enqueue(MockResponse.answer("Hi."));
    withChatClient
        .withPropertyValues("mistral.spring-ai.chat.prompt-cache-by-conversation=true")
        .run(
            context -> {
              assertThat(context).hasSingleBean(ChatClientBuilderCustomizer.class);
              context
                  .getBean(ChatClient.Builder.class)
                  .build()
                  .prompt("Hello")
                  .advisors(a -> a.param(ChatMemory.CONVERSATION_ID, "user-42"))
                  .call()
                  .content();
              assertThat(
                      mistral.server().takeRequest().bodyJson().path("prompt_cache_key").asString())
                  .isEqualTo("user-42");
            });
  }
}
