package io.github.mistralspring.autoconfigure;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.mistralspring.client.MistralClient;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * mistral.proxy.* sends the calls through a real (loopback) HTTP proxy, and non-proxy-hosts sends
 * the listed hosts past it. The proxy is a few lines of sockets: it tunnels CONNECT requests and
 * forwards absolute-URI requests, and records the head of each request it receives.
 */
class MistralProxyConnectionTests {

  private static final String KEY = "api-key-not-real";
  private static final String MODELS =
      """
      {"object":"list","data":[{"id":"mistral-small-latest","object":"model","type":"base",
       "capabilities":{}}]}
      """;

  @RegisterExtension
  static WireMockExtension server =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final LoopbackProxy proxy = new LoopbackProxy();

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withInitializer(EnvironmentVariables.none())
          .withConfiguration(AutoConfigurations.of(MistralAutoConfiguration.class))
          .withPropertyValues(
              "mistral.api-key=" + KEY,
              "mistral.base-url=" + server.baseUrl(),
              "mistral.retry.enabled=false",
              "mistral.proxy.host=127.0.0.1",
              "mistral.proxy.port=" + proxy.port(),
              "mistral.proxy.username=proxy-user",
              "mistral.proxy.password=proxy-password-not-real");

  @BeforeEach
  void answer() {
    server.stubFor(
        get(urlPathEqualTo("/v1/models"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody(MODELS)));
  }

  @AfterEach
  void stopProxy() {
    proxy.close();
  }

  private String apiAuthority() {
    return "localhost:" + server.getPort();
  }

  @Test
  void callsTheApiThroughTheProxyWithItsCredentials() {
    runner.run(
        context -> {
          assertThat(context.getBean(MistralClient.class).models().list().data()).hasSize(1);

          assertThat(proxy.requests()).hasSize(1);
          LoopbackProxy.RequestHead head = proxy.requests().get(0);
          assertThat(head.target()).contains(apiAuthority());
          String credentials =
              Base64.getEncoder()
                  .encodeToString(
                      "proxy-user:proxy-password-not-real".getBytes(StandardCharsets.UTF_8));
          assertThat(head.header("proxy-authorization")).isEqualTo("Basic " + credentials);
          // The API key is for the API: a tunnel's head never carries it.
          if (head.method().equals("CONNECT")) {
            assertThat(head.header("authorization")).isNull();
          }
        });
    server.verify(
        1,
        getRequestedFor(urlPathEqualTo("/v1/models"))
            .withHeader("Authorization", equalTo("Bearer " + KEY))
            .withHeader("Proxy-Authorization", absent()));
  }

  @Test
  void namedClientsGoThroughTheProxyToo() {
    runner
        .withPropertyValues("mistral.clients.eu.api-key=eu-key-not-real")
        .run(
            context -> {
              context.getBean("euMistralClient", MistralClient.class).models().list();

              assertThat(proxy.requests())
                  .singleElement()
                  .satisfies(head -> assertThat(head.target()).contains(apiAuthority()));
            });
    server.verify(
        1,
        getRequestedFor(urlPathEqualTo("/v1/models"))
            .withHeader("Authorization", equalTo("Bearer eu-key-not-real")));
  }

  @Test
  void reachesNonProxyHostsDirectly() {
    runner
        .withPropertyValues("mistral.proxy.non-proxy-hosts=*.internal|localhost")
        .run(
            context -> {
              assertThat(context.getBean(MistralClient.class).models().list().data()).hasSize(1);

              assertThat(proxy.requests()).isEmpty();
              assertThat(proxy.connections()).isZero();
            });
    server.verify(1, getRequestedFor(urlPathEqualTo("/v1/models")));
  }

  @Test
  void usesTheProxyForHostsNotListed() {
    runner
        .withPropertyValues("mistral.proxy.non-proxy-hosts=*.internal|api.example")
        .run(
            context -> {
              context.getBean(MistralClient.class).models().list();

              assertThat(proxy.requests()).hasSize(1);
            });
  }

  /**
   * A loopback HTTP proxy: a CONNECT request opens a tunnel to the named host; a request with an
   * absolute URI is passed on to its host with an origin-form target. One thread per connection,
   * which is plenty for a test.
   */
  static final class LoopbackProxy implements AutoCloseable {

    /** The request line and headers of a request the proxy received. */
    record RequestHead(String method, String target, List<String[]> headers) {

      String header(String name) {
        return headers.stream()
            .filter(header -> header[0].equalsIgnoreCase(name))
            .map(header -> header[1])
            .findFirst()
            .orElse(null);
      }
    }

    private final ServerSocket serverSocket;
    private final List<RequestHead> requests = new CopyOnWriteArrayList<>();
    private final List<Closeable> sockets = new CopyOnWriteArrayList<>();
    private final AtomicInteger accepted = new AtomicInteger();

    LoopbackProxy() {
      try {
        serverSocket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
      } catch (IOException ex) {
        throw new IllegalStateException(ex);
      }
      Thread acceptor = new Thread(this::accept, "loopback-proxy");
      acceptor.setDaemon(true);
      acceptor.start();
    }

    int port() {
      return serverSocket.getLocalPort();
    }

    List<RequestHead> requests() {
      return List.copyOf(requests);
    }

    /** Connections accepted from clients. */
    int connections() {
      return accepted.get();
    }

    private void accept() {
      while (!serverSocket.isClosed()) {
        try {
          Socket client = serverSocket.accept();
          sockets.add(client);
          accepted.incrementAndGet();
          Thread handler = new Thread(() -> handle(client), "loopback-proxy-connection");
          handler.setDaemon(true);
          handler.start();
        } catch (IOException closed) {
          return;
        }
      }
    }

    private void handle(Socket client) {
      try {
        InputStream fromClient = client.getInputStream();
        OutputStream toClient = client.getOutputStream();
        RequestHead head = readHead(fromClient);
        if (head == null) {
          client.close();
          return;
        }
        requests.add(head);
        if (head.method().equals("CONNECT")) {
          Socket upstream = connect(head.target());
          toClient.write(
              "HTTP/1.1 200 Connection established\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
          toClient.flush();
          pipe(fromClient, upstream.getOutputStream(), upstream);
          pipe(upstream.getInputStream(), toClient, client);
        } else {
          // GET http://host:port/path HTTP/1.1: pass it on with the path alone.
          String rest = head.target().substring(head.target().indexOf("://") + 3);
          int slash = rest.indexOf('/');
          String authority = slash < 0 ? rest : rest.substring(0, slash);
          String path = slash < 0 ? "/" : rest.substring(slash);
          Socket upstream = connect(authority);
          StringBuilder forwarded =
              new StringBuilder(head.method()).append(' ').append(path).append(" HTTP/1.1\r\n");
          for (String[] header : head.headers()) {
            if (!header[0].toLowerCase(Locale.ROOT).startsWith("proxy-")) {
              forwarded.append(header[0]).append(": ").append(header[1]).append("\r\n");
            }
          }
          forwarded.append("\r\n");
          OutputStream toUpstream = upstream.getOutputStream();
          toUpstream.write(forwarded.toString().getBytes(StandardCharsets.ISO_8859_1));
          toUpstream.flush();
          pipe(fromClient, toUpstream, upstream);
          pipe(upstream.getInputStream(), toClient, client);
        }
      } catch (IOException ex) {
        closeQuietly(client);
      }
    }

    private Socket connect(String authority) throws IOException {
      int colon = authority.lastIndexOf(':');
      String host = authority.substring(0, colon);
      int port = Integer.parseInt(authority.substring(colon + 1));
      if (!InetAddress.getByName(host).isLoopbackAddress()) {
        throw new IOException("The test proxy only reaches loopback addresses, not " + host);
      }
      Socket upstream = new Socket();
      upstream.connect(new InetSocketAddress(host, port), 5000);
      sockets.add(upstream);
      return upstream;
    }

    private void pipe(InputStream in, OutputStream out, Socket destination) {
      Thread copier =
          new Thread(
              () -> {
                byte[] buffer = new byte[8192];
                try {
                  int read;
                  while ((read = in.read(buffer)) >= 0) {
                    out.write(buffer, 0, read);
                    out.flush();
                  }
                  destination.shutdownOutput();
                } catch (IOException ex) {
                  closeQuietly(destination);
                }
              },
              "loopback-proxy-pipe");
      copier.setDaemon(true);
      copier.start();
    }

    private static RequestHead readHead(InputStream in) throws IOException {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      int matched = 0;
      while (matched < 4) {
        int b = in.read();
        if (b < 0) {
          return null;
        }
        bytes.write(b);
        matched = (b == (matched % 2 == 0 ? '\r' : '\n')) ? matched + 1 : (b == '\r' ? 1 : 0);
      }
      String[] lines = bytes.toString(StandardCharsets.ISO_8859_1).split("\r\n");
      String[] requestLine = lines[0].split(" ");
      List<String[]> headers = new ArrayList<>();
      for (int i = 1; i < lines.length; i++) {
        int colon = lines[i].indexOf(':');
        if (colon > 0) {
          headers.add(
              new String[] {
                lines[i].substring(0, colon).trim(), lines[i].substring(colon + 1).trim()
              });
        }
      }
      return new RequestHead(requestLine[0], requestLine[1], List.copyOf(headers));
    }

    private static void closeQuietly(Closeable socket) {
      try {
        socket.close();
      } catch (IOException ignored) {
        // Closing anyway.
      }
    }

    @Override
    public void close() {
      closeQuietly(serverSocket);
      sockets.forEach(LoopbackProxy::closeQuietly);
    }
  }
}
