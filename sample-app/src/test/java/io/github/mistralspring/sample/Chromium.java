package io.github.mistralspring.sample;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A headless Chromium driven over its DevTools protocol (JSON over a WebSocket, with the JDK's own
 * client): enough to load a page, run script in it and read what it shows. Every wait is bounded.
 */
final class Chromium implements AutoCloseable {

  /** Flags that keep the browser headless, quiet and off the network but for the page's host. */
  static final List<String> FLAGS =
      List.of(
          "--headless",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--remote-debugging-port=0");

  private static final List<String> NAMES =
      List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable");
  private static final Duration START_TIMEOUT = Duration.ofSeconds(30);
  private static final Duration CALL_TIMEOUT = Duration.ofSeconds(15);
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Process process;
  private final Path directory;
  private final WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  private final List<String> console = new CopyOnWriteArrayList<>();

  private Chromium(Process process, Path directory, WebSocket.Builder sockets, URI page)
      throws Exception {
    this.process = process;
    this.directory = directory;
    this.socket =
        sockets
            .buildAsync(page, new Listener())
            .get(CALL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    call("Runtime.enable", JSON.createObjectNode());
  }

  /**
   * The browser to run: the {@code sample.chromium} system property or the {@code CHROMIUM}
   * environment variable when set, else the first of chromium, chromium-browser and google-chrome
   * found on the PATH.
   */
  static Optional<Path> find() {
    String configured = System.getProperty("sample.chromium", System.getenv("CHROMIUM"));
    if (configured != null && !configured.isBlank()) {
      Path path = Path.of(configured.strip());
      if (!Files.isExecutable(path)) {
        throw new IllegalStateException(
            "sample.chromium (or CHROMIUM) names " + path + ", which is not an executable file");
      }
      return Optional.of(path);
    }
    String searchPath = System.getenv().getOrDefault("PATH", "");
    for (String name : NAMES) {
      for (String dir : searchPath.split(File.pathSeparator)) {
        Path candidate = Path.of(dir.isEmpty() ? "." : dir, name);
        if (Files.isExecutable(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Starts the browser on a fresh profile in {@code directory} (deleted on close), opens the URL
   * and connects to that page.
   */
  static Chromium launch(Path executable, Path directory, String url) throws Exception {
    Files.createDirectories(directory);
    Path profile = directory.resolve("profile");
    Path log = directory.resolve("chromium.log");
    List<String> command = new ArrayList<>();
    command.add(executable.toString());
    command.addAll(FLAGS);
    command.add("--user-data-dir=" + profile.toAbsolutePath());
    command.add(url);
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    try {
      int port = devToolsPort(process, profile.resolve("DevToolsActivePort"), log);
      HttpClient http = HttpClient.newHttpClient();
      return new Chromium(process, directory, http.newWebSocketBuilder(), pageSocket(http, port));
    } catch (Exception | AssertionError failure) {
      stop(process);
      throw failure;
    }
  }

  /** Opens the URL in the page and waits until it has loaded. */
  void navigate(String url) {
    ObjectNode params = JSON.createObjectNode().put("url", url);
    call("Page.navigate", params);
    waitFor(
        "location.href === "
            + JSON.writeValueAsString(url)
            + " && document.readyState === 'complete'",
        Duration.ofSeconds(15));
  }

  /**
   * Runs the script in the page and answers its value, awaited when it is a promise; a script that
   * throws fails the test with the page's error.
   */
  JsonNode evaluate(String expression) {
    ObjectNode params =
        JSON.createObjectNode()
            .put("expression", expression)
            .put("awaitPromise", true)
            .put("returnByValue", true);
    JsonNode result = call("Runtime.evaluate", params);
    if (result.has("exceptionDetails")) {
      JsonNode details = result.path("exceptionDetails");
      String description = details.path("exception").path("description").asString("");
      throw new AssertionError(
          "The page's script failed: "
              + (description.isEmpty() ? details.path("text").asString() : description)
              + "\nin: "
              + expression);
    }
    return result.path("result").path("value");
  }

  /** Waits until the condition, a script expression, holds in the page. */
  void waitFor(String condition, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!evaluate("Boolean(" + condition + ")").asBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            "Waited "
                + timeout.toMillis()
                + " ms in vain for: "
                + condition
                + "\nThe page's console: "
                + console);
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        throw new AssertionError("Interrupted while waiting for: " + condition, interrupted);
      }
    }
  }

  /** What the page logged and the errors it threw, for failure messages. */
  List<String> console() {
    return List.copyOf(console);
  }

  /** Closes the browser and deletes its profile. */
  @Override
  public void close() {
    try {
      socket.sendText("{\"id\":0,\"method\":\"Browser.close\"}", true).get(2, TimeUnit.SECONDS);
    } catch (Exception alreadyGone) {
      // Stopped below either way.
    }
    socket.abort();
    stop(process);
    try (Stream<Path> files = Files.walk(directory)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException notDeleted) {
      // Under target/: the next clean removes it.
    }
  }

  private JsonNode call(String method, ObjectNode params) {
    int id = ids.incrementAndGet();
    CompletableFuture<JsonNode> answer = new CompletableFuture<>();
    pending.put(id, answer);
    ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
    message.set("params", params);
    try {
      socket
          .sendText(JSON.writeValueAsString(message), true)
          .get(CALL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      JsonNode response = answer.get(CALL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      if (response.has("error")) {
        throw new AssertionError(method + " failed: " + response.path("error"));
      }
      return response.path("result");
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new AssertionError(method + " was interrupted", interrupted);
    } catch (Exception failure) {
      throw new AssertionError(method + " got no answer from the browser: " + failure, failure);
    } finally {
      pending.remove(id);
    }
  }

  // Chromium writes the port it chose into the profile once it listens.
  private static int devToolsPort(Process process, Path portFile, Path log) throws Exception {
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (Files.exists(portFile)) {
        List<String> lines = Files.readAllLines(portFile, StandardCharsets.UTF_8);
        if (!lines.isEmpty() && !lines.get(0).isBlank()) {
          return Integer.parseInt(lines.get(0).strip());
        }
      }
      if (!process.isAlive()) {
        throw new AssertionError(
            "Chromium exited with " + process.exitValue() + " before it listened:\n" + tail(log));
      }
      Thread.sleep(50);
    }
    throw new AssertionError("Chromium did not listen within " + START_TIMEOUT + ":\n" + tail(log));
  }

  private static URI pageSocket(HttpClient http, int port) throws Exception {
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      HttpResponse<String> targets =
          http.send(
              HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list"))
                  .timeout(CALL_TIMEOUT)
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      for (JsonNode target : JSON.readTree(targets.body())) {
        if ("page".equals(target.path("type").asString()) && target.has("webSocketDebuggerUrl")) {
          return URI.create(target.path("webSocketDebuggerUrl").asString());
        }
      }
      Thread.sleep(50);
    }
    throw new AssertionError("Chromium opened no page within " + START_TIMEOUT);
  }

  private static void stop(Process process) {
    List<ProcessHandle> children = process.descendants().toList();
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
          process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
      }
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
    children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
  }

  private static String tail(Path log) {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    } catch (IOException unreadable) {
      return "(no log: " + unreadable.getMessage() + ")";
    }
  }

  /** Gathers each message's frames, then answers the call it belongs to or records the event. */
  private final class Listener implements WebSocket.Listener {

    private final StringBuilder frames = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      frames.append(data);
      if (last) {
        JsonNode message = JSON.readTree(frames.toString());
        frames.setLength(0);
        if (message.has("id")) {
          CompletableFuture<JsonNode> answer = pending.get(message.path("id").asInt());
          if (answer != null) {
            answer.complete(message);
          }
        } else {
          record(message);
        }
      }
      webSocket.request(1);
      return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
      failPending(new IllegalStateException("The browser closed the connection: " + reason));
      return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
      failPending(error);
    }

    private void record(JsonNode event) {
      String method = event.path("method").asString("");
      JsonNode params = event.path("params");
      if (method.equals("Runtime.consoleAPICalled")) {
        List<String> values = new ArrayList<>();
        params.path("args").forEach(arg -> values.add(arg.path("value").asString(arg.toString())));
        console.add(params.path("type").asString() + ": " + String.join(" ", values));
      } else if (method.equals("Runtime.exceptionThrown")) {
        JsonNode details = params.path("exceptionDetails");
        console.add(
            "uncaught: "
                + details
                    .path("exception")
                    .path("description")
                    .asString(details.path("text").asString()));
      }
    }

    private void failPending(Throwable error) {
      pending.values().forEach(answer -> answer.completeExceptionally(error));
    }
  }
}
