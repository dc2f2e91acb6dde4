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

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  /** The chat model. */
  public Chat getChat() {
    return chat;
  }

  /** The embedding model. */
  public Embedding getEmbedding() {
    return embedding;
  }

  /** The moderation model. */
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

    public boolean isEnabled() {
      return enabled;
    }

    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    public boolean isPromptCacheByConversation() {
      return promptCacheByConversation;
    }

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

    public boolean isEnabled() {
      return enabled;
    }

    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    public int getBatchSize() {
      return batchSize;
    }

    public void setBatchSize(int batchSize) {
      this.batchSize = batchSize;
    }

    public Integer getDimensions() {
      return dimensions;
    }

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

    public boolean isEnabled() {
      return enabled;
    }

    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    public String getModel() {
      return model;
    }

    public void setModel(String model) {
      this.model = model;
    }
  }
}
