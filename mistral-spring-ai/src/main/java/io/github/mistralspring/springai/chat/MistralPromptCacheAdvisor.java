package io.github.mistralspring.springai.chat;

import org.springframework.ai.chat.client.ChatClientRequest;
import org.springframework.ai.chat.client.ChatClientResponse;
import org.springframework.ai.chat.client.advisor.ToolCallingAdvisor;
import org.springframework.ai.chat.client.advisor.api.CallAdvisor;
import org.springframework.ai.chat.client.advisor.api.CallAdvisorChain;
import org.springframework.ai.chat.client.advisor.api.StreamAdvisor;
import org.springframework.ai.chat.client.advisor.api.StreamAdvisorChain;
import org.springframework.ai.chat.memory.ChatMemory;
import org.springframework.core.Ordered;
import reactor.core.publisher.Flux;

/**
 * A {@code ChatClient} advisor that sends the conversation id as Mistral's {@code
 * prompt_cache_key}, so the turns of one conversation reuse the prompt cache (cached tokens are
 * billed at a tenth of the price). The id is the one chat memory uses, the advisor parameter {@link
 * ChatMemory#CONVERSATION_ID}; a request without one, with a key already set in its options, or for
 * another provider's model is passed on as it is.
 *
 * <pre>{@code
 * chatClient.prompt("Hello")
 *     .advisors(new MistralPromptCacheAdvisor())
 *     .advisors(a -> a.param(ChatMemory.CONVERSATION_ID, conversationId))
 *     .call().content();
 * }</pre>
 *
 * <p>With the auto-configuration, {@code mistral.spring-ai.chat.prompt-cache-by-conversation=true}
 * adds it to every auto-configured {@code ChatClient.Builder}.
 */
public final class MistralPromptCacheAdvisor implements CallAdvisor, StreamAdvisor {

  /**
   * The default order: before the tool-calling advisor, so that every round of a tool loop sends
   * the key.
   */
  public static final int DEFAULT_ORDER = ToolCallingAdvisor.DEFAULT_ORDER - 50;

  private final int order;

  /** An advisor at {@link #DEFAULT_ORDER}. */
  public MistralPromptCacheAdvisor() {
    this(DEFAULT_ORDER);
  }

  /**
   * An advisor at this order; keep it ahead of the tool-calling advisor ({@link
   * ToolCallingAdvisor#DEFAULT_ORDER}) for the key to reach every round of a tool loop.
   *
   * @param order the advisor's order; a lower value runs earlier
   * @throws IllegalArgumentException if the order is {@code Ordered.HIGHEST_PRECEDENCE} or {@code
   *     Ordered.LOWEST_PRECEDENCE} or beyond
   */
  public MistralPromptCacheAdvisor(int order) {
    if (order <= Ordered.HIGHEST_PRECEDENCE || order >= Ordered.LOWEST_PRECEDENCE) {
      throw new IllegalArgumentException(
          "The order of MistralPromptCacheAdvisor must lie strictly between"
              + " Ordered.HIGHEST_PRECEDENCE and Ordered.LOWEST_PRECEDENCE, was "
              + order);
    }
    this.order = order;
  }

  @Override
  public ChatClientResponse adviseCall(ChatClientRequest request, CallAdvisorChain chain) {
    return chain.nextCall(withCacheKey(request));
  }

  @Override
  public Flux<ChatClientResponse> adviseStream(
      ChatClientRequest request, StreamAdvisorChain chain) {
    return chain.nextStream(withCacheKey(request));
  }

  static ChatClientRequest withCacheKey(ChatClientRequest request) {
    Object conversationId = request.context().get(ChatMemory.CONVERSATION_ID);
    if (conversationId == null
        || conversationId.toString().isBlank()
        || !(request.prompt().getOptions() instanceof MistralChatOptions options)
        || options.getPromptCacheKey() != null) {
      return request;
    }
    MistralChatOptions keyed = options.mutate().promptCacheKey(conversationId.toString()).build();
    return request.mutate().prompt(request.prompt().mutate().chatOptions(keyed).build()).build();
  }

  @Override
  public String getName() {
    return "MistralPromptCacheAdvisor";
  }

  @Override
  public int getOrder() {
    return order;
  }
}
