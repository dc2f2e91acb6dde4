package io.github.mistralspring.client.reliability;

import static io.github.mistralspring.client.reliability.RawHttpStub.write;
import static io.github.mistralspring.client.reliability.ReliabilityFixtures.builder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.mistralspring.client.MistralClient;
import io.github.mistralspring.client.core.RetryPolicy;
import io.github.mistralspring.client.error.MistralRateLimitException;
import io.github.mistralspring.client.files.FilePurpose;
import io.github.mistralspring.client.files.FileUploadRequest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * An upload read from an {@code InputStream} can be sent only once: after a 429 the caller gets the
 * 429 and its {@code Retry-After}, and the server sees one POST. An upload from a path, which can
 * be read again, is still retried.
 */
class SendOnceUploadTest {

  /** The longest a case may take: only a hang reaches it. */
  static final Duration BOUND = Duration.ofSeconds(30);

  static final String LIMITED = "{\"message\": \"Requests rate limit exceeded\"}";

  /** Retries on, with short waits. */
  static final RetryPolicy RETRIES =
      RetryPolicy.defaults().withBackoff(Duration.ofMillis(50), Duration.ofMillis(100));

  @TempDir Path directory;

  static RawHttpStub rateLimited(String retryAfter) throws Exception {
    return new RawHttpStub(
        List.of(
            write(
                "HTTP/1.1 429 Too Many Requests\r\nContent-Type: application/json\r\n"
                    + "Retry-After: "
                    + retryAfter
                    + "\r\nContent-Length: "
                    + LIMITED.length()
                    + "\r\n\r\n"
                    + LIMITED)));
  }

  @ParameterizedTest
  @EnumSource(TransportPath.class)
  void anUploadFromAStreamIsNotSentAgainAfterA429(TransportPath path) throws Exception {
    try (RawHttpStub server = rateLimited("1");
        MistralClient client =
            path.configure(builder(server.baseUrl())).retryPolicy(RETRIES).build()) {
      FileUploadRequest upload =
          FileUploadRequest.of(
              new ByteArrayInputStream("{\"messages\": []}\n".getBytes(StandardCharsets.UTF_8)),
              "train.jsonl",
              FilePurpose.FINE_TUNE);

      assertTimeoutPreemptively(
          BOUND,
          () ->
              assertThatThrownBy(() -> client.files().upload(upload))
                  .isInstanceOfSatisfying(
                      MistralRateLimitException.class,
                      limited -> assertThat(limited.retryAfter()).contains(Duration.ofSeconds(1))));
      assertThat(server.connections()).isEqualTo(1);
      assertThat(server.heads()).hasSize(1).allMatch(head -> head.startsWith("POST /v1/files "));
    }
  }

  @ParameterizedTest
  @EnumSource(TransportPath.class)
  void anUploadFromAPathIsStillRetriedAfterA429(TransportPath path) throws Exception {
    Path file = Files.writeString(directory.resolve("train.jsonl"), "{\"messages\": []}\n");
    try (RawHttpStub server = rateLimited("0");
        MistralClient client =
            path.configure(builder(server.baseUrl())).retryPolicy(RETRIES).build()) {
      assertTimeoutPreemptively(
          BOUND,
          () ->
              assertThatThrownBy(() -> client.files().upload(file, FilePurpose.FINE_TUNE))
                  .isInstanceOf(MistralRateLimitException.class));
      // The first attempt and the policy's two retries, each with the whole file.
      assertThat(server.requests()).isEqualTo(3);
    }
  }
}
