package io.github.mistralspring.client.reliability;

import static io.github.mistralspring.client.reliability.RawHttpStub.write;
import static io.github.mistralspring.client.reliability.ReliabilityFixtures.builder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.mistralspring.client.MistralClient;
import io.github.mistralspring.client.core.RetryPolicy;
import io.github.mistralspring.client.error.MistralIoException;
import io.github.mistralspring.client.error.MistralNotFoundException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import reactor.test.StepVerifier;

/**
 * {@code downloadTo} never destroys its target: a failed download (an error status, a body cut
 * short) leaves an existing file as it was and no temporary file behind; a whole one replaces it.
 */
class DownloadToTest {

  /** The longest a case may take: only a hang reaches it. */
  static final Duration BOUND = Duration.ofSeconds(30);

  static final String EARLIER = "what the file held before the download";

  @TempDir Path directory;

  @ParameterizedTest
  @EnumSource(TransportPath.class)
  void aNotFoundLeavesTheExistingFileUntouched(TransportPath path) throws Exception {
    Path target = existingTarget();
    String body = "{\"message\": \"No file\"}";
    try (RawHttpStub server =
            new RawHttpStub(
                List.of(
                    write(
                        "HTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\n"
                            + "Content-Length: "
                            + body.length()
                            + "\r\n\r\n"
                            + body)));
        MistralClient client = client(path, server)) {
      assertTimeoutPreemptively(
          BOUND,
          () ->
              assertThatThrownBy(() -> client.files().downloadTo("missing", target))
                  .isInstanceOf(MistralNotFoundException.class));
      StepVerifier.create(client.reactive().files().downloadTo("missing", target))
          .expectError(MistralNotFoundException.class)
          .verify(BOUND);
    }
    assertThat(target).hasContent(EARLIER);
    assertThat(filesIn(directory)).containsExactly(target);
  }

  @ParameterizedTest
  @EnumSource(TransportPath.class)
  void aDownloadCutShortLeavesTheExistingFileUntouchedAndNoTemporaryFile(TransportPath path)
      throws Exception {
    Path target = existingTarget();
    // A thousand bytes announced, ten sent, then the connection closes.
    try (RawHttpStub server =
            new RawHttpStub(
                List.of(
                    write(
                        "HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\n"
                            + "Content-Length: 1000\r\n\r\n0123456789")));
        MistralClient client = client(path, server)) {
      assertTimeoutPreemptively(
          BOUND,
          () ->
              assertThatThrownBy(() -> client.files().downloadTo("file-1", target))
                  .isInstanceOf(MistralIoException.class));
      assertThat(target).hasContent(EARLIER);
      assertThat(filesIn(directory)).containsExactly(target);

      StepVerifier.create(client.reactive().files().downloadTo("file-1", target))
          .expectError(MistralIoException.class)
          .verify(BOUND);
    }
    assertThat(target).hasContent(EARLIER);
    assertThat(filesIn(directory)).containsExactly(target);
  }

  @ParameterizedTest
  @EnumSource(TransportPath.class)
  void aWholeDownloadReplacesTheFile(TransportPath path) throws Exception {
    Path target = existingTarget();
    String content = "line-1\nline-2\n";
    try (RawHttpStub server =
            new RawHttpStub(
                List.of(
                    write(
                        "HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\n"
                            + "Content-Length: "
                            + content.length()
                            + "\r\n\r\n"
                            + content)));
        MistralClient client = client(path, server)) {
      assertTimeoutPreemptively(
          BOUND, () -> assertThat(client.files().downloadTo("file-1", target)).isEqualTo(target));
      assertThat(target).hasContent(content);

      Path another = directory.resolve("another.jsonl");
      StepVerifier.create(client.reactive().files().downloadTo("file-1", another)).verifyComplete();
      assertThat(another).hasContent(content);
      assertThat(filesIn(directory)).containsExactlyInAnyOrder(target, another);
    }
  }

  @ParameterizedTest
  @EnumSource(TransportPath.class)
  void aDownloadToASymbolicLinkReplacesTheFileItPointsTo(TransportPath path) throws Exception {
    Path file = existingTarget();
    Path link;
    try {
      link = Files.createSymbolicLink(directory.resolve("link.jsonl"), file.getFileName());
    } catch (UnsupportedOperationException | IOException noLinks) {
      Assumptions.abort("This file system has no symbolic links");
      return;
    }
    String content = "line-1\n";
    try (RawHttpStub server =
            new RawHttpStub(
                List.of(
                    write(
                        "HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\n"
                            + "Content-Length: "
                            + content.length()
                            + "\r\n\r\n"
                            + content)));
        MistralClient client = client(path, server)) {
      assertTimeoutPreemptively(BOUND, () -> client.files().downloadTo("file-1", link));
    }
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(file).hasContent(content);
    assertThat(filesIn(directory)).containsExactlyInAnyOrder(file, link);
  }

  private Path existingTarget() throws IOException {
    return Files.writeString(directory.resolve("out.jsonl"), EARLIER, StandardCharsets.UTF_8);
  }

  private static MistralClient client(TransportPath path, RawHttpStub server) {
    return path.configure(builder(server.baseUrl())).retryPolicy(RetryPolicy.none()).build();
  }

  private static List<Path> filesIn(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.toList();
    }
  }
}
