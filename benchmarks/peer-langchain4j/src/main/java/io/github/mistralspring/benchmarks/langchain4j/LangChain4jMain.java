package io.github.mistralspring.benchmarks.langchain4j;

import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.mistralai.MistralAiChatModel;
import dev.langchain4j.model.mistralai.MistralAiStreamingChatModel;
import io.github.mistralspring.benchmarks.core.Bench;
import io.github.mistralspring.benchmarks.core.Target;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * LangChain4j 1.18's {@link MistralAiChatModel} (blocking: on the caller threads) and {@link
 * MistralAiStreamingChatModel} (callbacks), with their default HTTP client (the JDK's).
 */
public final class LangChain4jMain {

  private LangChain4jMain() {}

  /** Entry point; options of {@link Bench}. */
  public static void main(String[] args) throws Exception {
    Bench.parse(args).run(LangChain4jTarget::new);
  }

  static final class LangChain4jTarget implements Target {
    private final MistralAiChatModel chat;
    private final MistralAiStreamingChatModel fast;
    private final MistralAiStreamingChatModel slow;

    LangChain4jTarget(String baseUrl) {
      String v1 = baseUrl + "/v1";
      this.chat =
          MistralAiChatModel.builder()
              .baseUrl(v1)
              .apiKey("bench-key")
              .modelName(MODEL)
              .timeout(Duration.ofSeconds(60))
              .build();
      this.fast = streaming(v1, MODEL);
      this.slow = streaming(v1, SLOW_MODEL);
    }

    private static MistralAiStreamingChatModel streaming(String baseUrl, String model) {
      return MistralAiStreamingChatModel.builder()
          .baseUrl(baseUrl)
          .apiKey("bench-key")
          .modelName(model)
          .timeout(Duration.ofSeconds(60))
          .build();
    }

    private static ChatRequest request() {
      return ChatRequest.builder()
          .messages(UserMessage.from("Say hello in one short sentence."))
          .build();
    }

    @Override
    public String name() {
      return "langchain4j";
    }

    @Override
    public boolean blocking(boolean stream) {
      // The chat model blocks, so it runs on the caller threads; the streaming one calls back.
      return !stream;
    }

    @Override
    public void chat(Done done) {
      ChatResponse response;
      try {
        response = chat.chat(request());
      } catch (RuntimeException error) {
        done.done(0, 0, error);
        return;
      }
      done.done(response.aiMessage().text() != null ? 1 : 0, 0, null);
    }

    @Override
    public void stream(String model, Done done) {
      AtomicInteger chunks = new AtomicInteger();
      long[] first = {0};
      (SLOW_MODEL.equals(model) ? slow : fast)
          .chat(
              request(),
              new StreamingChatResponseHandler() {
                @Override
                public void onPartialResponse(String partial) {
                  if (!partial.isEmpty() && chunks.getAndIncrement() == 0) {
                    first[0] = System.nanoTime();
                  }
                }

                @Override
                public void onCompleteResponse(ChatResponse response) {
                  done.done(chunks.get(), first[0], null);
                }

                @Override
                public void onError(Throwable error) {
                  done.done(chunks.get(), first[0], error);
                }
              });
    }

    @Override
    public void close() {}
  }
}
