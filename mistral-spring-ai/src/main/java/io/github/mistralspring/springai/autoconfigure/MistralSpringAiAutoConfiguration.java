package io.github.mistralspring.springai.autoconfigure;

import io.github.mistralspring.autoconfigure.MistralAutoConfiguration;
import io.github.mistralspring.autoconfigure.MistralProperties;
import io.github.mistralspring.client.MistralClient;
import io.github.mistralspring.springai.chat.MistralChatModel;
import io.github.mistralspring.springai.chat.MistralChatOptions;
import io.github.mistralspring.springai.chat.MistralPromptCacheAdvisor;
import io.github.mistralspring.springai.embedding.MistralEmbeddingModel;
import io.github.mistralspring.springai.embedding.MistralEmbeddingOptions;
import io.github.mistralspring.springai.moderation.MistralModerationModel;
import io.github.mistralspring.springai.moderation.MistralModerationOptions;
import java.util.function.Function;
import org.springframework.ai.chat.client.ChatClientBuilderCustomizer;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.embedding.EmbeddingModel;
import org.springframework.ai.moderation.ModerationModel;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * Auto-configuration of Spring AI's chat, embedding and moderation models on the auto-configured
 * {@link MistralClient}, when Spring AI's model classes are on the class path. Each backs off when
 * the application defines a model of its kind, and each can be switched off: {@code
 * mistral.spring-ai.enabled=false} for all, {@code mistral.spring-ai.chat.enabled=false} (or {@code
 * embedding}, {@code moderation}) for one.
 */
@AutoConfiguration(after = MistralAutoConfiguration.class)
@ConditionalOnClass({ChatModel.class, MistralClient.class})
@ConditionalOnBean(MistralClient.class)
@ConditionalOnBooleanProperty(name = "mistral.spring-ai.enabled", matchIfMissing = true)
@EnableConfigurationProperties(MistralSpringAiProperties.class)
public final class MistralSpringAiAutoConfiguration {

  /** The chat model when neither the options nor {@code mistral.chat.model} name one. */
  static final String DEFAULT_CHAT_MODEL = "mistral-small-latest";

  /** The embeddings model when {@code mistral.embeddings.model} names none. */
  static final String DEFAULT_EMBEDDING_MODEL = "mistral-embed";

  @Bean
  @ConditionalOnMissingBean(ChatModel.class)
  @ConditionalOnBooleanProperty(name = "mistral.spring-ai.chat.enabled", matchIfMissing = true)
  MistralChatModel mistralChatModel(
      MistralClient mistralClient, ObjectProvider<MistralProperties> mistralProperties) {
    String model = clientDefault(mistralProperties, properties -> properties.getChat().getModel());
    return MistralChatModel.builder()
        .mistralClient(mistralClient)
        .defaultOptions(
            MistralChatOptions.builder().model(model != null ? model : DEFAULT_CHAT_MODEL).build())
        .build();
  }

  @Bean
  @ConditionalOnMissingBean(EmbeddingModel.class)
  @ConditionalOnBooleanProperty(name = "mistral.spring-ai.embedding.enabled", matchIfMissing = true)
  MistralEmbeddingModel mistralEmbeddingModel(
      MistralClient mistralClient,
      ObjectProvider<MistralProperties> mistralProperties,
      MistralSpringAiProperties properties) {
    String model =
        clientDefault(mistralProperties, settings -> settings.getEmbeddings().getModel());
    MistralSpringAiProperties.Embedding embedding = properties.getEmbedding();
    if (embedding.getBatchSize() < 1) {
      throw new IllegalArgumentException(
          "mistral.spring-ai.embedding.batch-size must be 1 or more, was "
              + embedding.getBatchSize());
    }
    if (embedding.getDimensions() != null && embedding.getDimensions() < 1) {
      throw new IllegalArgumentException(
          "mistral.spring-ai.embedding.dimensions must be 1 or more (or unset for the model's"
              + " own), was "
              + embedding.getDimensions());
    }
    return MistralEmbeddingModel.builder()
        .mistralClient(mistralClient)
        .defaultOptions(
            MistralEmbeddingOptions.builder()
                .model(model != null ? model : DEFAULT_EMBEDDING_MODEL)
                .dimensions(embedding.getDimensions())
                .build())
        .batchSize(embedding.getBatchSize())
        .build();
  }

  @Bean
  @ConditionalOnMissingBean(ModerationModel.class)
  @ConditionalOnBooleanProperty(
      name = "mistral.spring-ai.moderation.enabled",
      matchIfMissing = true)
  MistralModerationModel mistralModerationModel(
      MistralClient mistralClient, MistralSpringAiProperties properties) {
    String model = properties.getModeration().getModel();
    if (!StringUtils.hasText(model)) {
      throw new IllegalArgumentException(
          "mistral.spring-ai.moderation.model must name a moderation model, such as "
              + MistralModerationOptions.DEFAULT_MODEL
              + ", or be left unset");
    }
    return new MistralModerationModel(mistralClient, MistralModerationOptions.of(model));
  }

  private static String clientDefault(
      ObjectProvider<MistralProperties> properties, Function<MistralProperties, String> model) {
    MistralProperties settings = properties.getIfAvailable();
    String value = settings == null ? null : model.apply(settings);
    return StringUtils.hasText(value) ? value : null;
  }

  /** Sends the conversation id as the prompt cache key from every auto-configured ChatClient. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(ChatClientBuilderCustomizer.class)
  @ConditionalOnBooleanProperty("mistral.spring-ai.chat.prompt-cache-by-conversation")
  static final class PromptCacheConfiguration {

    @Bean
    ChatClientBuilderCustomizer mistralPromptCacheChatClientBuilderCustomizer() {
      return builder -> builder.defaultAdvisors(new MistralPromptCacheAdvisor());
    }
  }
}
