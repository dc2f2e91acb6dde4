package io.github.mistralspring.benchmarks;

import io.github.mistralspring.benchmarks.core.Target;
import io.github.mistralspring.client.MistralClient;
import io.github.mistralspring.client.ReactiveMistralClient;
import io.github.mistralspring.client.chat.ChatCompletionRequest;
import io.github.mistralspring.client.chat.CompletionChunk;
import java.util.stream.Stream;

/** Our two clients, built the way a user would, with a pool large enough for 1,000 streams. */
final class OursTargets {

  private OursTargets() {}

  static ReactiveMistralClient reactiveClient(String baseUrl) {
    return ReactiveMistralClient.builder()
        .apiKey("bench-key")
        .baseUrl(baseUrl)
        .maxConnections(2000)
        .maxPendingAcquires(-1)
        .buildReactive();
  }

  static ChatCompletionRequest request(String model) {
    return ChatCompletionRequest.builder()
        .model(model)
        .addUserMessage("Say hello in one short sentence.")
        .build();
  }

  /** {@link ReactiveMistralClient}: {@code chat().complete} and {@code chat().stream}. */
  static final class Reactive implements Target {
    private final ReactiveMistralClient client;
    private final reactor.core.scheduler.Scheduler subscribeOn;

    /**
     * @param subscribeOn where each call is subscribed: null for the thread that ends the previous
     *     call (an event loop, as in a reactive application), or a scheduler, for diagnosis
     */
    Reactive(String baseUrl, reactor.core.scheduler.Scheduler subscribeOn) {
      this.client = reactiveClient(baseUrl);
      this.subscribeOn = subscribeOn;
    }

    @Override
    public String name() {
      return subscribeOn == null ? "ours-reactive" : "ours-reactive-offloop";
    }

    @Override
    public boolean blocking(boolean stream) {
      return false;
    }

    @Override
    public void chat(Done done) {
      reactor.core.publisher.Mono<io.github.mistralspring.client.chat.ChatCompletionResponse> call =
          client.chat().complete(request(MODEL));
      (subscribeOn == null ? call : call.subscribeOn(subscribeOn))
          .subscribe(
              response -> done.done(response.firstContent() != null ? 1 : 0, 0, null),
              error -> done.done(0, 0, error));
    }

    @Override
    public void stream(String model, Done done) {
      int[] chunks = {0};
      long[] first = {0};
      client.chat().stream(request(model))
          .subscribe(
              chunk -> count(chunk, chunks, first),
              error -> done.done(chunks[0], first[0], error),
              () -> done.done(chunks[0], first[0], null));
    }

    @Override
    public void close() {
      client.close();
    }
  }

  static void count(CompletionChunk chunk, int[] chunks, long[] first) {
    if (!chunk.deltaText().isEmpty() && chunks[0]++ == 0) {
      first[0] = System.nanoTime();
    }
  }

  /** {@link MistralClient}: each call blocks the caller's thread (platform or virtual). */
  static final class Blocking implements Target {
    private final MistralClient client;
    private final String name;

    Blocking(String baseUrl, String name) {
      this.client = MistralClient.of(reactiveClient(baseUrl));
      this.name = name;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public boolean blocking(boolean stream) {
      return true;
    }

    @Override
    public void chat(Done done) {
      String text;
      try {
        text = client.chat().complete(request(MODEL)).firstContent();
      } catch (RuntimeException error) {
        done.done(0, 0, error);
        return;
      }
      done.done(text != null ? 1 : 0, 0, null);
    }

    @Override
    public void stream(String model, Done done) {
      int[] chunks = {0};
      long[] first = {0};
      try (Stream<CompletionChunk> stream = client.chat().stream(request(model))) {
        stream.forEach(chunk -> count(chunk, chunks, first));
      } catch (RuntimeException error) {
        done.done(chunks[0], first[0], error);
        return;
      }
      done.done(chunks[0], first[0], null);
    }

    @Override
    public void close() {
      client.close();
    }
  }
}
