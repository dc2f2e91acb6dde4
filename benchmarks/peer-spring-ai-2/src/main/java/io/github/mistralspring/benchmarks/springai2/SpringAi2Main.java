package io.github.mistralspring.benchmarks.springai2;

import io.github.mistralspring.benchmarks.core.Bench;
import io.github.mistralspring.benchmarks.core.Target;
import io.github.mistralspring.client.MistralClient;
import io.github.mistralspring.client.ReactiveMistralClient;
import io.github.mistralspring.springai.chat.MistralChatModel;
import io.github.mistralspring.springai.chat.MistralChatOptions;
import java.time.Duration;
import java.util.function.Function;
import org.springframework.ai.chat.client.ChatClient;
import org.springframework.ai.chat.prompt.ChatOptions;
import org.springframework.ai.mistralai.MistralAiChatModel;
import org.springframework.ai.mistralai.MistralAiChatOptions;
import org.springframework.ai.mistralai.api.MistralAiApi;
import org.springframework.http.client.ReactorClientHttpRequestFactory;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.client.RestClient;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

/**
 * Spring AI 2.0's {@link ChatClient}, the way its users call a model, over two chat models: {@code
 * --client spring-ai-2} is Spring AI's own {@link MistralAiChatModel}, {@code --client
 * ours-spring-ai} this project's {@link MistralChatModel} (the bridge). Each call is {@code
 * prompt().user(..).options(..).call().content()} on the caller threads, or {@code
 * .stream().content()} subscribed; both models get a 2,000-connection pool and no observation
 * registry.
 */
public final class SpringAi2Main {

  private static final String PROMPT = "Say hello in one short sentence.";

  private SpringAi2Main() {}

  /** Entry point; {@code --client spring-ai-2|ours-spring-ai} and the options of {@link Bench}. */
  public static void main(String[] args) throws Exception {
    Bench bench = Bench.parse(args);
    String client = bench.option("client", "spring-ai-2");
    bench.run(
        baseUrl ->
            switch (client) {
              case "spring-ai-2" -> springAi(baseUrl);
              case "ours-spring-ai" -> ours(baseUrl);
              default -> throw new IllegalArgumentException("Unknown client " + client);
            });
  }

  private static Target springAi(String baseUrl) {
    ConnectionProvider pool =
        ConnectionProvider.builder("spring-ai-2")
            .maxConnections(2000)
            .pendingAcquireMaxCount(-1)
            .maxIdleTime(Duration.ofSeconds(20))
            .build();
    HttpClient http = HttpClient.create(pool);
    MistralAiApi api =
        MistralAiApi.builder()
            .baseUrl(baseUrl)
            .apiKey("bench-key")
            .restClientBuilder(
                RestClient.builder().requestFactory(new ReactorClientHttpRequestFactory(http)))
            .webClientBuilder(
                WebClient.builder().clientConnector(new ReactorClientHttpConnector(http)))
            .build();
    MistralAiChatModel model =
        MistralAiChatModel.builder()
            .mistralAiApi(api)
            .options(MistralAiChatOptions.builder().model(Target.MODEL).build())
            .build();
    return new ChatClientTarget(
        "spring-ai-2",
        ChatClient.create(model),
        name -> MistralAiChatOptions.builder().model(name).build(),
        () -> pool.disposeLater().block(Duration.ofSeconds(10)));
  }

  private static Target ours(String baseUrl) {
    MistralClient client =
        MistralClient.of(
            ReactiveMistralClient.builder()
                .apiKey("bench-key")
                .baseUrl(baseUrl)
                .maxConnections(2000)
                .maxPendingAcquires(-1)
                .buildReactive());
    MistralChatModel model =
        MistralChatModel.builder()
            .mistralClient(client)
            .defaultOptions(MistralChatOptions.builder().model(Target.MODEL).build())
            .build();
    return new ChatClientTarget(
        "ours-spring-ai",
        ChatClient.create(model),
        name -> MistralChatOptions.builder().model(name).build(),
        client::close);
  }

  /** One ChatClient, called the same way whichever model is under it. */
  static final class ChatClientTarget implements Target {

    private final String name;
    private final ChatClient chatClient;
    private final Function<String, ChatOptions> options;
    private final Runnable close;

    ChatClientTarget(
        String name, ChatClient chatClient, Function<String, ChatOptions> options, Runnable close) {
      this.name = name;
      this.chatClient = chatClient;
      this.options = options;
      this.close = close;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public boolean blocking(boolean stream) {
      // call() blocks, so it runs on the caller threads; the stream is a Flux.
      return !stream;
    }

    @Override
    public void chat(Done done) {
      String text;
      try {
        text =
            chatClient
                .prompt()
                .user(PROMPT)
                .options(options.apply(MODEL).mutate())
                .call()
                .content();
      } catch (RuntimeException error) {
        done.done(0, 0, error);
        return;
      }
      done.done(text != null && !text.isEmpty() ? 1 : 0, 0, null);
    }

    @Override
    public void stream(String model, Done done) {
      int[] chunks = {0};
      long[] first = {0};
      chatClient.prompt().user(PROMPT).options(options.apply(model).mutate()).stream()
          .content()
          .subscribe(
              text -> {
                if (chunks[0]++ == 0) {
                  first[0] = System.nanoTime();
                }
              },
              error -> done.done(chunks[0], first[0], error),
              () -> done.done(chunks[0], first[0], null));
    }

    @Override
    public void close() {
      close.run();
    }
  }
}
