package io.github.mistralspring.client.reliability;

import static io.github.mistralspring.client.reliability.ReliabilityFixtures.builder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.mistralspring.client.MistralClient;
import io.github.mistralspring.client.agents.AgentsCompletionRequest;
import io.github.mistralspring.client.beta.conversations.ConversationRequest;
import io.github.mistralspring.client.core.RetryPolicy;
import io.github.mistralspring.client.error.MistralInterruptedException;
import io.github.mistralspring.client.fim.FimCompletionRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A thread blocked in the blocking face (a stream's reader, a download's read, a unary call) is
 * ended promptly and clearly by a close from another thread or by an interrupt, on both transport
 * paths; a download's read returns the bytes that arrived without waiting for more.
 */
@SuppressWarnings("deprecation") // covers the deprecated operations while they are offered
class BlockingReadsTest {

  /** The longest any case may take: only a hang reaches it. */
  static final Duration BOUND = Duration.ofSeconds(30);

  /** How long a blocked thread is given to end once told to. */
  static final long PROMPTLY_SECONDS = 10;

  private final List<AutoCloseable> resources = new ArrayList<>();

  @AfterEach
  void close() throws Exception {
    for (AutoCloseable resource : resources) {
      resource.close();
    }
  }

  /** The blocking streams; each answers with a comment and then stays silent. */
  enum StreamCall {
    CHAT(client -> client.chat().stream(ReliabilityFixtures.request())),
    FIM(
        client ->
            client.fim().stream(
                FimCompletionRequest.builder().model("codestral-latest").prompt("x").build())),
    AGENTS(
        client ->
            client.agents().stream(
                AgentsCompletionRequest.builder().agentId("ag_1").addUserMessage("Hi").build())),
    CONVERSATIONS(
        client ->
            client
                .beta()
                .conversations()
                .startStream(ConversationRequest.builder().agentId("ag_1").inputs("Hi").build()));

    final Function<MistralClient, Stream<?>> open;

    StreamCall(Function<MistralClient, Stream<?>> open) {
      this.open = open;
    }
  }

  static Stream<Arguments> streams() {
    List<Arguments> cases = new ArrayList<>();
    for (TransportPath path : TransportPath.values()) {
      for (StreamCall call : StreamCall.values()) {
        cases.add(Arguments.of(path, call));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("streams")
  void closingAStreamFromAnotherThreadWakesItsBlockedReader(TransportPath path, StreamCall call)
      throws Exception {
    LocalNettyServer server = silentStreamServer();
    MistralClient client = client(path, server);

    assertTimeoutPreemptively(
        BOUND,
        () -> {
          Stream<?> stream = call.open.apply(client);
          CompletableFuture<Throwable> outcome =
              readInAnotherThread(() -> stream.iterator().hasNext());
          awaitOpenConnections(server, 1);
          Thread.sleep(300);

          stream.close();

          Throwable ended = outcome.get(PROMPTLY_SECONDS, TimeUnit.SECONDS);
          assertThat(ended)
              .isInstanceOf(CancellationException.class)
              .hasMessageContaining("closed before it ended");
          // The close cancelled the call: its connection is closed, not left to the server.
          awaitOpenConnections(server, 0);
        });
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("streams")
  void interruptingAStreamsReaderEndsItsReadAndKeepsTheFlag(TransportPath path, StreamCall call)
      throws Exception {
    LocalNettyServer server = silentStreamServer();
    MistralClient client = client(path, server);

    assertTimeoutPreemptively(
        BOUND,
        () -> {
          Stream<?> stream = call.open.apply(client);
          Reader reader = new Reader(() -> stream.iterator().hasNext());
          awaitOpenConnections(server, 1);
          Thread.sleep(300);

          reader.thread.interrupt();

          Throwable ended = reader.outcome.get(PROMPTLY_SECONDS, TimeUnit.SECONDS);
          assertThat(ended)
              .isInstanceOf(MistralInterruptedException.class)
              .hasCauseInstanceOf(InterruptedException.class);
          assertThat(reader.interruptedAfter).isTrue();
          awaitOpenConnections(server, 0);
          stream.close();
        });
  }

  @ParameterizedTest
  @EnumSource(TransportPath.class)
  void interruptingABlockingCallThrowsTheClientsExceptionAndKeepsTheFlag(TransportPath path)
      throws Exception {
    LocalNettyServer server =
        track(new LocalNettyServer((request, response) -> request.receive().then(Mono.never())));
    MistralClient client = client(path, server);

    assertTimeoutPreemptively(
        BOUND,
        () -> {
          Reader caller = new Reader(() -> client.chat().complete(ReliabilityFixtures.request()));
          awaitOpenConnections(server, 1);
          Thread.sleep(300);

          caller.thread.interrupt();

          Throwable ended = caller.outcome.get(PROMPTLY_SECONDS, TimeUnit.SECONDS);
          assertThat(ended)
              .isInstanceOf(MistralInterruptedException.class)
              .hasCauseInstanceOf(InterruptedException.class);
          assertThat(caller.interruptedAfter).isTrue();
          awaitOpenConnections(server, 0);
        });
  }

  @ParameterizedTest
  @EnumSource(TransportPath.class)
  void aDownloadReadReturnsTheBytesThatArrivedWithoutWaitingForMore(TransportPath path)
      throws Exception {
    LocalNettyServer server = stalledDownloadServer();
    MistralClient client = client(path, server);

    assertTimeoutPreemptively(
        BOUND,
        () -> {
          try (InputStream in = client.files().download("file-1")) {
            byte[] bytes = new byte[1000];
            CompletableFuture<Integer> read =
                CompletableFuture.supplyAsync(
                    () -> {
                      try {
                        return in.read(bytes);
                      } catch (IOException failure) {
                        throw new IllegalStateException(failure);
                      }
                    },
                    daemon());
            assertThat(read.get(PROMPTLY_SECONDS, TimeUnit.SECONDS)).isEqualTo(10);
            assertThat(new String(bytes, 0, 10, StandardCharsets.US_ASCII)).isEqualTo("0123456789");
          }
        });
  }

  @ParameterizedTest
  @EnumSource(TransportPath.class)
  void closingADownloadFromAnotherThreadFailsTheBlockedReadInsteadOfEndingIt(TransportPath path)
      throws Exception {
    LocalNettyServer server = stalledDownloadServer();
    MistralClient client = client(path, server);

    assertTimeoutPreemptively(
        BOUND,
        () -> {
          InputStream in = client.files().download("file-1");
          CompletableFuture<Throwable> outcome =
              readInAnotherThread(
                  () -> {
                    in.readNBytes(10);
                    return in.read();
                  });
          awaitOpenConnections(server, 1);
          Thread.sleep(300);

          in.close();

          Throwable ended = outcome.get(PROMPTLY_SECONDS, TimeUnit.SECONDS);
          // Not -1: a cut download must never look complete.
          assertThat(ended).isInstanceOf(IOException.class).hasMessageContaining("closed");
          awaitOpenConnections(server, 0);
        });
  }

  @ParameterizedTest
  @EnumSource(TransportPath.class)
  void interruptingADownloadReadEndsItAndKeepsTheFlag(TransportPath path) throws Exception {
    LocalNettyServer server = stalledDownloadServer();
    MistralClient client = client(path, server);

    assertTimeoutPreemptively(
        BOUND,
        () -> {
          try (InputStream in = client.files().download("file-1")) {
            Reader reader =
                new Reader(
                    () -> {
                      in.readNBytes(10);
                      return in.read();
                    });
            awaitOpenConnections(server, 1);
            Thread.sleep(300);

            reader.thread.interrupt();

            Throwable ended = reader.outcome.get(PROMPTLY_SECONDS, TimeUnit.SECONDS);
            assertThat(ended).isInstanceOf(InterruptedIOException.class);
            assertThat(reader.interruptedAfter).isTrue();
            awaitOpenConnections(server, 0);
          }
        });
  }

  // --- Servers and helpers ----------------------------------------------------------------------

  /** Starts an event stream with a comment, then stays silent. */
  private LocalNettyServer silentStreamServer() {
    return track(LocalNettyServer.eventStream(Flux.just(": hello\n\n").concatWith(Flux.never())));
  }

  /** Sends ten bytes of a thousand-byte download, then stays silent. */
  private LocalNettyServer stalledDownloadServer() {
    return track(
        new LocalNettyServer(
            (request, response) ->
                response
                    .header("Content-Type", "application/octet-stream")
                    .header("Content-Length", "1000")
                    .sendString(Flux.just("0123456789").concatWith(Flux.never()))
                    .then()));
  }

  private MistralClient client(TransportPath path, LocalNettyServer server) {
    MistralClient client =
        path.configure(builder(server.baseUrl()))
            .retryPolicy(RetryPolicy.none())
            .responseTimeout(Duration.ofSeconds(60))
            .streamIdleTimeout(Duration.ofSeconds(60))
            .build();
    resources.add(client);
    return client;
  }

  private LocalNettyServer track(LocalNettyServer server) {
    resources.add(server);
    return server;
  }

  private static void awaitOpenConnections(LocalNettyServer server, int count)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(PROMPTLY_SECONDS);
    while (server.open() != count) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            "Expected " + count + " open connections, the server has " + server.open());
      }
      Thread.sleep(20);
    }
  }

  /** Something a reader does that may block and may throw. */
  @FunctionalInterface
  interface BlockingRead {
    Object read() throws Exception;
  }

  private static CompletableFuture<Throwable> readInAnotherThread(BlockingRead read) {
    return new Reader(read).outcome;
  }

  /** A daemon thread that reads once and records how it ended. */
  static final class Reader {
    final CompletableFuture<Throwable> outcome = new CompletableFuture<>();
    final Thread thread;
    volatile boolean interruptedAfter;

    Reader(BlockingRead read) {
      thread =
          new Thread(
              () -> {
                try {
                  Object value = read.read();
                  outcome.complete(new AssertionError("The read ended normally with " + value));
                } catch (Throwable failure) {
                  interruptedAfter = Thread.currentThread().isInterrupted();
                  outcome.complete(failure);
                }
              },
              "blocked-reader");
      thread.setDaemon(true);
      thread.start();
    }
  }

  private static Executor daemon() {
    return task -> {
      Thread thread = new Thread(task, "download-reader");
      thread.setDaemon(true);
      thread.start();
    };
  }
}
