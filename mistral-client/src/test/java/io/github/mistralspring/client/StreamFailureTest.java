package io.github.mistralspring.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mistralspring.client.chat.CompletionChunk;
import io.github.mistralspring.client.core.RetryPolicy;
import io.github.mistralspring.client.error.MistralIoException;
import io.github.mistralspring.client.error.MistralStreamException;
import io.github.mistralspring.client.testsupport.MistralWireMock;
import io.github.mistralspring.client.testsupport.RawHttpRequest;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.core.publisher.Mono;

/** A stream that fails after it has started surfaces the error and is never retried. */
class StreamFailureTest {

  @RegisterExtension static MistralWireMock server = new MistralWireMock();

  private static final RetryPolicy RETRIES =
      RetryPolicy.defaults().withBackoff(Duration.ofMillis(10), Duration.ofMillis(20));

  @Test
  void surfacesAnErrorObjectSentInsideA200StreamAndDoesNotRetry() {
    String firstChunk =
        "{\"id\":\"s\",\"model\":\"m\",\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"Hel\"},\"finish_reason\":null}]}";
    String body =
        "data: "
            + firstChunk
            + "\n\n"
            + "data: {\"object\":\"error\",\"message\":\"Service overloaded\",\"type\":\"internal\",\"code\":\"3000\"}\n\n";
    server.stubFor(
        post("/v1/chat/completions")
            .willReturn(
                aResponse().withHeader("Content-Type", "text/event-stream").withBody(body)));

    List<CompletionChunk> received = new CopyOnWriteArrayList<>();
    Throwable failure;
    try (MistralClient client = client(server.baseUrl())) {
      failure =
          client.reactive().chat().stream(Fixtures.simpleRequest())
              .doOnNext(received::add)
              .then(Mono.<Throwable>empty())
              .onErrorResume(Mono::just)
              .block(Duration.ofSeconds(10));
    }

    assertThat(received).hasSize(1);
    assertThat(failure)
        .isInstanceOf(MistralStreamException.class)
        .hasMessageContaining("Service overloaded");
    assertThat(((MistralStreamException) failure).rawEvent()).contains("\"code\":\"3000\"");
    server.verify(1, postRequestedFor(urlEqualTo("/v1/chat/completions")));
  }

  @Test
  void failsAStreamThatEndsWithoutItsDoneMarker() {
    String body =
        "data: {\"id\":\"s\",\"model\":\"m\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Hi\"},\"finish_reason\":null}]}\n\n";
    server.stubFor(
        post("/v1/chat/completions")
            .willReturn(
                aResponse().withHeader("Content-Type", "text/event-stream").withBody(body)));

    try (MistralClient client = client(server.baseUrl())) {
      Throwable failure =
          client.reactive().chat().stream(Fixtures.simpleRequest())
              .then(Mono.<Throwable>empty())
              .onErrorResume(Mono::just)
              .block(Duration.ofSeconds(10));
      assertThat(failure)
          .isInstanceOf(MistralStreamException.class)
          .hasMessageContaining("without its [DONE] marker");
    }
  }

  @Test
  void surfacesAConnectionCutAfterTheFirstEventAndDoesNotRetry() throws Exception {
    String event =
        "data: {\"id\":\"s\",\"model\":\"m\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Hi\"},\"finish_reason\":null}]}\n\n";
    try (CuttingServer cutter = new CuttingServer(event)) {
      List<CompletionChunk> received = new CopyOnWriteArrayList<>();
      Throwable failure;
      try (MistralClient client = client("http://127.0.0.1:" + cutter.port())) {
        failure =
            client.reactive().chat().stream(Fixtures.simpleRequest())
                .doOnNext(received::add)
                .then(Mono.<Throwable>empty())
                .onErrorResume(Mono::just)
                .block(Duration.ofSeconds(10));
      }

      assertThat(received).hasSize(1);
      assertThat(failure).isInstanceOf(MistralIoException.class);
      assertThat(((MistralIoException) failure).requestSent()).isTrue();
      assertThat(cutter.connections()).isEqualTo(1);
    }
  }

  private static MistralClient client(String baseUrl) {
    return MistralClient.builder().apiKey("k").baseUrl(baseUrl).retryPolicy(RETRIES).build();
  }

  /** Answers each connection with a stream's headers and one event, then closes it. */
  private static final class CuttingServer implements AutoCloseable {

    private final ServerSocket socket;
    private final AtomicInteger connections = new AtomicInteger();
    private final Thread acceptor;

    CuttingServer(String event) throws IOException {
      socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
      acceptor =
          new Thread(
              () -> {
                while (!socket.isClosed()) {
                  try (Socket connection = socket.accept()) {
                    connections.incrementAndGet();
                    // The whole request, so the client has sent everything.
                    RawHttpRequest.readRequest(connection.getInputStream());
                    OutputStream out = connection.getOutputStream();
                    byte[] data = event.getBytes(StandardCharsets.UTF_8);
                    out.write(
                        ("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n"
                                + "Transfer-Encoding: chunked\r\n\r\n"
                                + Integer.toHexString(data.length)
                                + "\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
                    out.write(data);
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    Thread.sleep(100);
                  } catch (IOException | InterruptedException closed) {
                    return;
                  }
                }
              },
              "cutting-server");
      acceptor.setDaemon(true);
      acceptor.start();
    }

    int port() {
      return socket.getLocalPort();
    }

    int connections() {
      return connections.get();
    }

    @Override
    public void close() throws IOException {
      socket.close();
    }
  }
}
