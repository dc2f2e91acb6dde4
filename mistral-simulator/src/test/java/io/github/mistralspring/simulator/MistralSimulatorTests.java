package io.github.mistralspring.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.mistralspring.test.MockMistralServer;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class MistralSimulatorTests {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private static HttpResponse<String> get(String url, String key) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
    if (key != null) {
      request.header("authorization", "Bearer " + key);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void readsEveryOptionAndDefaultsToPort8089OnLoopback() throws Exception {
    MistralSimulator.Options defaults = MistralSimulator.parse(new String[0]);
    MistralSimulator.Options given =
        MistralSimulator.parse(
            new String[] {
              "--port",
              "9000",
              "--host",
              "0.0.0.0",
              "--require-key",
              "k",
              "--token-delay",
              "0.5s",
              "--seed=42"
            });

    assertThat(defaults)
        .isEqualTo(new MistralSimulator.Options("127.0.0.1", 8089, null, Duration.ZERO, null));
    assertThat(given)
        .isEqualTo(new MistralSimulator.Options("0.0.0.0", 9000, "k", Duration.ofMillis(500), 42L));
    assertThat(MistralSimulator.parse(new String[] {"--port", "1", "--port", "2"}).port())
        .isEqualTo(2);
    assertThat(MistralSimulator.duration("30ms")).isEqualTo(Duration.ofMillis(30));
  }

  @Test
  void refusesAWrongCommandLineNamingTheOptionAndWhatItTakes() {
    assertThatThrownBy(() -> MistralSimulator.parse(new String[] {"--port", "http"}))
        .hasMessage("--port needs a port from 0 to 65535 (0 picks a free one), was 'http'");
    assertThatThrownBy(() -> MistralSimulator.parse(new String[] {"--port", "70000"}))
        .hasMessageContaining("from 0 to 65535");
    assertThatThrownBy(() -> MistralSimulator.parse(new String[] {"--token-delay", "30"}))
        .hasMessage("--token-delay needs a duration with its unit, such as 30ms or 0.5s, was '30'");
    assertThatThrownBy(() -> MistralSimulator.parse(new String[] {"--seed", "x"}))
        .hasMessageContaining("--seed needs a whole number");
    assertThatThrownBy(() -> MistralSimulator.parse(new String[] {"--require-key"}))
        .hasMessageContaining("--require-key needs a value");
    assertThatThrownBy(() -> MistralSimulator.parse(new String[] {"--require-key", " "}))
        .hasMessageContaining("not blank");
    assertThatThrownBy(() -> MistralSimulator.parse(new String[] {"--verbose"}))
        .hasMessageContaining("unknown option '--verbose'")
        .hasMessageContaining("--port, --host");
  }

  @Test
  void startsInProcessPrintsWhereItListensAndAnswers() throws Exception {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    try (MockMistralServer server =
        MistralSimulator.start(
            MistralSimulator.parse(new String[] {"--port", "0", "--seed", "7"}),
            new PrintStream(printed, true, StandardCharsets.UTF_8))) {
      String output = printed.toString(StandardCharsets.UTF_8);

      assertThat(output.lines().findFirst())
          .contains("Mistral simulator listening on " + server.baseUrl());
      assertThat(output).contains("fixed by seed 7").contains(server.controlUrl());
      assertThat(get(server.controlUrl() + "/health", null).body()).contains("\"seed\":7");
      assertThat(get(server.baseUrl() + "/v1/models", null).statusCode()).isEqualTo(200);
    }
  }

  @Test
  void listensOnEveryInterfaceAndChecksTheKeyWhenAsked() throws Exception {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    try (MockMistralServer server =
        MistralSimulator.start(
            MistralSimulator.parse(
                new String[] {"--host", "0.0.0.0", "--port", "0", "--require-key", "s3cret"}),
            new PrintStream(printed, true, StandardCharsets.UTF_8))) {

      assertThat(get(server.baseUrl() + "/v1/models", null).statusCode()).isEqualTo(401);
      assertThat(get(server.baseUrl() + "/v1/models", "s3cret").statusCode()).isEqualTo(200);
      assertThat(printed.toString(StandardCharsets.UTF_8))
          .contains("bound to 0.0.0.0:" + server.port())
          .contains("API key:      required")
          .doesNotContain("s3cret");
    }
  }

  @Test
  void runsAsAProcessOnAFreePortUntilItIsStopped() throws Exception {
    String java =
        System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    Process process =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                MistralSimulator.class.getName(),
                "--port",
                "0",
                "--token-delay",
                "1ms")
            .redirectErrorStream(true)
            .start();
    try {
      String first =
          assertTimeoutPreemptively(
              Duration.ofSeconds(60),
              () ->
                  new BufferedReader(
                          new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))
                      .readLine());
      assertThat(first).startsWith("Mistral simulator listening on http://127.0.0.1:");
      String baseUrl = first.substring("Mistral simulator listening on ".length());

      HttpResponse<String> chat =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(baseUrl + "/v1/chat/completions"))
                  .header("content-type", "application/json")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          "{\"model\": \"mistral-small-latest\", \"messages\": [{\"role\":"
                              + " \"user\", \"content\": \"Hi\"}]}"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());

      assertThat(chat.statusCode()).isEqualTo(200);
      assertThat(chat.body()).contains("\"object\":\"chat.completion\"");
    } finally {
      process.destroy();
      assertThat(process.waitFor(20, TimeUnit.SECONDS)).as("stops on SIGTERM").isTrue();
    }
  }

  @Test
  void exitsWithStatusTwoAndTheUsageOnAWrongOption() throws IOException, InterruptedException {
    String java =
        System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    Process process =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                MistralSimulator.class.getName(),
                "--port",
                "nope")
            .redirectErrorStream(true)
            .start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(process.exitValue()).isEqualTo(2);
    assertThat(output).contains("--port needs a port").contains("Usage: java -jar");
  }

  @Test
  void needsNoSpringAtRunTime() {
    // The jar holds what this module's runtime classpath holds: no Spring, no Spring Boot test.
    assertThatThrownBy(() -> Class.forName("org.springframework.context.ApplicationContext"))
        .isInstanceOf(ClassNotFoundException.class);
    assertThatThrownBy(() -> Class.forName("org.springframework.test.context.TestContext"))
        .isInstanceOf(ClassNotFoundException.class);
  }

  @Test
  void theDockerfileRunsTheJarThisBuildMakesOnEveryInterface() throws Exception {
    // The image cannot be built here: check that it copies the jar the build makes, listens
    // where it says and checks its health on the control API.
    String dockerfile = Files.readString(Path.of("Dockerfile"));
    String ignored = Files.readString(Path.of(".dockerignore"));

    assertThat(dockerfile)
        .containsPattern("(?m)^FROM eclipse-temurin:\\d+-jre-alpine$")
        .contains("COPY target/mistral-simulator.jar mistral-simulator.jar")
        .contains("\"-jar\", \"mistral-simulator.jar\", \"--host\", \"0.0.0.0\"")
        .contains("\"--port\", \"" + MistralSimulator.DEFAULT_PORT + "\"")
        .contains("EXPOSE " + MistralSimulator.DEFAULT_PORT)
        .contains("http://127.0.0.1:" + MistralSimulator.DEFAULT_PORT + "/__mistral/health")
        .contains("USER simulator");
    assertThat(ignored).contains("!target/mistral-simulator.jar");
    assertThat(MistralSimulator.parse(new String[] {"--host", "0.0.0.0", "--port", "8089"}))
        .isNotNull();
  }
}
