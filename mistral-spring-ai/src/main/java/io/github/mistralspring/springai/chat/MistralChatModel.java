package io.github.mistralspring.springai.chat;

import io.github.mistralspring.client.MistralClient;
import io.github.mistralspring.client.chat.ChatCompletionRequest;
import java.util.Objects;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.prompt.ChatOptions;
import org.springframework.ai.chat.prompt.Prompt;
import reactor.core.publisher.Flux;

/**
 * Spring AI's {@link ChatModel} on the Mistral client: {@link #call(Prompt)} on the blocking {@link
 * MistralClient}, {@link #stream(Prompt)} on its reactive face.
 *
 * <p>The model sends the tools of the prompt's options as function definitions and returns the
 * calls the model asks for; it never runs a tool itself. Spring AI's {@code ChatClient} runs them
 * (its tool-calling advisor) and calls again with the results. With an output schema in the options
 * (what {@code ChatClient}'s {@code entity(...)} sets when asked to use the provider's structured
 * output) the answer is constrained by a {@code json_schema} response format.
 *
 * <p>Calls are observed once, by the client (its {@code gen_ai.client.*} metrics and spans); this
 * model adds no observation of its own, so a call is never counted twice.
 */
public final class MistralChatModel implements ChatModel {

  private final MistralClient client;
  private final MistralChatOptions defaultOptions;

  private MistralChatModel(MistralClient client, MistralChatOptions defaultOptions) {
    this.client = client;
    this.defaultOptions = defaultOptions;
  }

  /** {@return a builder; {@link Builder#mistralClient(MistralClient)} is required} */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public ChatResponse call(Prompt prompt) {
    ChatCompletionRequest request = request(prompt);
    return ChatResponses.toChatResponse(client.chat().complete(request));
  }

  @Override
  public Flux<ChatResponse> stream(Prompt prompt) {
    return Flux.defer(
        () -> {
          ChatCompletionRequest request = request(prompt);
          ChatResponses.Stream stream = new ChatResponses.Stream();
          return client.reactive().chat().stream(request).map(stream::next);
        });
  }

  /** The options every call starts from; a prompt's own options add to them. */
  @Override
  public MistralChatOptions getOptions() {
    return defaultOptions;
  }

  private ChatCompletionRequest request(Prompt prompt) {
    Objects.requireNonNull(prompt, "prompt");
    return ChatRequests.toRequest(prompt.getInstructions(), options(prompt.getOptions()));
  }

  /**
   * The options of one call. {@code ChatClient} already starts from {@link #getOptions()}, so
   * Mistral options are taken as they are (merging them again would add the default tools and stop
   * sequences twice), with the default model when they name none; options of another type (Spring
   * AI's portable ones) are laid over the defaults.
   */
  private MistralChatOptions options(ChatOptions options) {
    if (options == null) {
      return defaultOptions;
    }
    if (options instanceof MistralChatOptions mistral) {
      return mistral.getModel() == null && defaultOptions.getModel() != null
          ? mistral.mutate().model(defaultOptions.getModel()).build()
          : mistral;
    }
    return defaultOptions.mutate().combineWith(options.mutate()).build();
  }

  @Override
  public String toString() {
    return "MistralChatModel[" + defaultOptions + "]";
  }

  /** Builds a {@link MistralChatModel}. */
  public static final class Builder {

    private MistralClient mistralClient;
    private MistralChatOptions defaultOptions = MistralChatOptions.builder().build();

    private Builder() {}

    /**
     * Sets the client to call; required.
     *
     * @param mistralClient the client; its reactive face serves the streams
     * @return this builder
     */
    public Builder mistralClient(MistralClient mistralClient) {
      this.mistralClient = mistralClient;
      return this;
    }

    /**
     * Sets the options every call starts from; a prompt's own options add to them.
     *
     * @param defaultOptions the options; by default none are set, so the client's default model
     *     ({@code mistral.chat.model}) answers
     * @return this builder
     */
    public Builder defaultOptions(MistralChatOptions defaultOptions) {
      this.defaultOptions = Objects.requireNonNull(defaultOptions, "defaultOptions");
      return this;
    }

    /**
     * Builds the model.
     *
     * @return the chat model
     * @throws IllegalStateException if no client was set
     */
    public MistralChatModel build() {
      if (mistralClient == null) {
        throw new IllegalStateException(
            "MistralChatModel needs a client: call mistralClient(MistralClient) on the builder");
      }
      return new MistralChatModel(mistralClient, defaultOptions);
    }
  }
}
