package io.github.mistralspring.springai.autoconfigure;

import io.github.mistralspring.springai.embedding.MistralEmbeddingModel;
import io.github.mistralspring.springai.moderation.MistralModerationOptions;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the Spring AI models on the Mistral client ({@code mistral.spring-ai.*}). The models'
 * default models come from the client's settings: {@code mistral.chat.model} and {@code
 * mistral.embeddings.model}.
 */
@ConfigurationProperties("mistral.spring-ai")
public class MistralSpringAiProperties {

  /** Whether to auto-configure Spring AI's chat, embedding and moderation models on the client. */
  private boolean enabled = true;

  private final Chat chat = new Chat();

  private final Embedding embedding = new Embedding();

  private final Moderation moderation = new Moderation();

  /**
   * {@return {@code mistral.spring-ai.enabled}: whether Spring AI's chat, embedding and moderation
   * models are auto-configured on the client, true by default}
   */
  public boolean isEnabled() {
    return enabled;
  }

  /**
   * Sets {@code mistral.spring-ai.enabled}: whether Spring AI's chat, embedding and moderation
   * models are auto-configured on the client, true by default.
   *
   * @param enabled false to configure none of them
   */
  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  /** {@return {@code mistral.spring-ai.chat.*}: the settings of the chat model} */
  public Chat getChat() {
    return chat;
  }

  /** {@return {@code mistral.spring-ai.embedding.*}: the settings of the embedding model} */
  public Embedding getEmbedding() {
    return embedding;
  }

  /** {@return {@code mistral.spring-ai.moderation.*}: the settings of the moderation model} */
  public Moderation getModeration() {
    return moderation;
  }

  /** Settings of the chat model. */
  public static class Chat {

    /**
     * Whether to auto-configure a ChatModel on the client; the model is mistral.chat.model, else
     * mistral-small-latest.
     */
    private boolean enabled = true;

    /**
     * Whether every auto-configured ChatClient.Builder sends the chat memory's conversation id as
     * Mistral's prompt_cache_key, so the turns of a conversation reuse the prompt cache.
     */
    private boolean promptCacheByConversation = false;

    /**
     * {@return {@code mistral.spring-ai.chat.enabled}: whether a ChatModel is auto-configured on
     * the client, true by default}
     */
    public boolean isEnabled() {
      return enabled;
    }

    /**
     * Sets {@code mistral.spring-ai.chat.enabled}: whether a ChatModel is auto-configured on the
     * client, true by default.
     *
     * @param enabled false to configure none
     */
    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    /**
     * {@return {@code mistral.spring-ai.chat.prompt-cache-by-conversation}: whether every
     * auto-configured ChatClient.Builder sends the chat memory's conversation id as
     * prompt_cache_key; false by default}
     */
    public boolean isPromptCacheByConversation() {
      return promptCacheByConversation;
    }

    /**
     * Sets {@code mistral.spring-ai.chat.prompt-cache-by-conversation}: whether every
     * auto-configured ChatClient.Builder sends the chat memory's conversation id as
     * prompt_cache_key; false by default.
     *
     * @param promptCacheByConversation true so that the turns of a conversation reuse the prompt
     *     cache
     */
    public void setPromptCacheByConversation(boolean promptCacheByConversation) {
      this.promptCacheByConversation = promptCacheByConversation;
    }
  }

  /** Settings of the embedding model. */
  public static class Embedding {

    /**
     * Whether to auto-configure an EmbeddingModel on the client; the model is
     * mistral.embeddings.model, else mistral-embed.
     */
    private boolean enabled = true;

    /** The most texts sent in one embeddings request; more go in several, in order. */
    private int batchSize = MistralEmbeddingModel.DEFAULT_BATCH_SIZE;

    /** The dimension of the vectors (output_dimension), for models that accept one. */
    private Integer dimensions;

    /**
     * {@return {@code mistral.spring-ai.embedding.enabled}: whether an EmbeddingModel is
     * auto-configured on the client, true by default}
     */
    public boolean isEnabled() {
      return enabled;
    }

    /**
     * Sets {@code mistral.spring-ai.embedding.enabled}: whether an EmbeddingModel is
     * auto-configured on the client, true by default.
     *
     * @param enabled false to configure none
     */
    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    /**
     * {@return {@code mistral.spring-ai.embedding.batch-size}: the most texts sent in one
     * embeddings request, 128 by default; more go in several, in order}
     */
    public int getBatchSize() {
      return batchSize;
    }

    /**
     * Sets {@code mistral.spring-ai.embedding.batch-size}: the most texts sent in one embeddings
     * request, 128 by default; more go in several, in order.
     *
     * @param batchSize 1 or more
     */
    public void setBatchSize(int batchSize) {
      this.batchSize = batchSize;
    }

    /**
     * {@return {@code mistral.spring-ai.embedding.dimensions}: the dimension of the vectors
     * (output_dimension), or null for the model's own}
     */
    public Integer getDimensions() {
      return dimensions;
    }

    /**
     * Sets {@code mistral.spring-ai.embedding.dimensions}: the dimension of the vectors
     * (output_dimension), or null for the model's own.
     *
     * @param dimensions 1 or more, for a model that accepts one (such as codestral-embed), or null
     *     for the model's own
     */
    public void setDimensions(Integer dimensions) {
      this.dimensions = dimensions;
    }
  }

  /** Settings of the moderation model. */
  public static class Moderation {

    /** Whether to auto-configure a ModerationModel on the client. */
    private boolean enabled = true;

    /** The moderation model. */
    private String model = MistralModerationOptions.DEFAULT_MODEL;

    /**
     * {@return {@code mistral.spring-ai.moderation.enabled}: whether a ModerationModel is
     * auto-configured on the client, true by default}
     */
    public boolean isEnabled() {
      return enabled;
    }

    /**
     * Sets {@code mistral.spring-ai.moderation.enabled}: whether a ModerationModel is
     * auto-configured on the client, true by default.
     *
     * @param enabled false to configure none
     */
    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    /**
     * {@return {@code mistral.spring-ai.moderation.model}: the moderation model,
     * mistral-moderation-latest by default}
     */
    public String getModel() {
      return model;
    }

    /**
     * Sets {@code mistral.spring-ai.moderation.model}: the moderation model,
     * mistral-moderation-latest by default.
     *
     * @param model a moderation model name such as mistral-moderation-latest
     */
    public void setModel(String model) {
      this.model = model;
    }
  }
}
