package io.github.mistralspring.benchmarks.springai;

import io.github.mistralspring.benchmarks.core.Bench;
import io.github.mistralspring.benchmarks.core.Target;
import java.time.Duration;
import java.util.List;
import org.springframework.ai.mistralai.api.MistralAiApi;
import org.springframework.ai.mistralai.api.MistralAiApi.ChatCompletionMessage;
import org.springframework.ai.mistralai.api.MistralAiApi.ChatCompletionMessage.Role;
import org.springframework.ai.mistralai.api.MistralAiApi.ChatCompletionRequest;
import org.springframework.http.client.ReactorClientHttpRequestFactory;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.client.RestClient;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

/**
 * Spring AI 1.1's {@link MistralAiApi}: {@code chatCompletionEntity} (RestClient, blocking, so on
 * the caller threads) and {@code chatCompletionStream} (WebClient, a {@code Flux}). Both run on
 * Reactor Netty with the same 2,000-connection pool the other clients get; Spring's default pool
 * (16 connections) would cap concurrency 64 and the 1,000 streams.
 */
public final class SpringAiMain {

  private SpringAiMain() {}

  /** Entry point; options of {@link Bench}. */
  public static void main(String[] args) throws Exception {
    Bench.parse(args).run(SpringAiTarget::new);
  }

  static final class SpringAiTarget implements Target {
    private final ConnectionProvider pool =
        ConnectionProvider.builder("spring-ai")
            .maxConnections(2000)
            .pendingAcquireMaxCount(-1)
            .maxIdleTime(Duration.ofSeconds(20))
            .build();
    private final MistralAiApi api;

    SpringAiTarget(String baseUrl) {
      HttpClient http = HttpClient.create(pool);
      this.api =
          MistralAiApi.builder()
              .baseUrl(baseUrl)
              .apiKey("bench-key")
              .restClientBuilder(
                  RestClient.builder().requestFactory(new ReactorClientHttpRequestFactory(http)))
              .webClientBuilder(
                  WebClient.builder().clientConnector(new ReactorClientHttpConnector(http)))
              .build();
    }

    private static ChatCompletionRequest request(String model, boolean stream) {
      return new ChatCompletionRequest(
          List.of(new ChatCompletionMessage("Say hello in one short sentence.", Role.USER)),
          model,
          0.7,
          stream);
    }

    @Override
    public String name() {
      return "spring-ai";
    }

    @Override
    public boolean blocking(boolean stream) {
      // chatCompletionEntity blocks, so it runs on the caller threads; the stream is a Flux.
      return !stream;
    }

    @Override
    public void chat(Done done) {
      try {
        var response = api.chatCompletionEntity(request(MODEL, false)).getBody();
        boolean ok = response != null && response.choices().get(0).message().content() != null;
        done.done(ok ? 1 : 0, 0, null);
      } catch (RuntimeException error) {
        done.done(0, 0, error);
      }
    }

    @Override
    public void stream(String model, Done done) {
      int[] chunks = {0};
      long[] first = {0};
      api.chatCompletionStream(request(model, true))
          .subscribe(
              chunk -> {
                var delta = chunk.choices().get(0).delta();
                if (delta != null
                    && delta.content() != null
                    && !delta.content().isEmpty()
                    && chunks[0]++ == 0) {
                  first[0] = System.nanoTime();
                }
              },
              error -> done.done(chunks[0], first[0], error),
              () -> done.done(chunks[0], first[0], null));
    }

    @Override
    public void close() {
      pool.disposeLater().block(Duration.ofSeconds(10));
    }
  }
}
