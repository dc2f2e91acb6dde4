package io.github.mistralspring.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.mistralspring.client.chat.ChatCompletionResponse;
import io.github.mistralspring.client.chat.CompletionChunk;
import io.github.mistralspring.client.core.MistralResponse;
import io.github.mistralspring.client.core.RetryPolicy;
import io.github.mistralspring.client.error.MistralRateLimitException;
import io.github.mistralspring.client.files.StoredFile;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code withRawResponse(..)} of the blocking client around calls that stream: the head of the
 * response that opened the stream, with the stream itself, over HTTP against WireMock.
 */
class RawStreamHttpTest {

  @RegisterExtension
  static WireMockExtension server =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private MistralClient client;

  @BeforeEach
  void createClient() {
    client =
        MistralClient.builder()
            .apiKey("test-key-not-real")
            .baseUrl(server.baseUrl())
            .retryPolicy(RetryPolicy.none())
            .build();
  }

  @AfterEach
  void closeClient() {
    client.close();
  }

  private static void stubStream() {
    server.stubFor(
        post("/v1/chat/completions")
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "text/event-stream")
                    .withHeader("mistral-correlation-id", "corr-stream")
                    .withHeader("x-ratelimit-remaining-tokens-minute", "4999")
                    .withBody(Fixtures.textStream("Hello", ", ", "world"))));
  }

  @Test
  void aBlockingStreamComesWithTheHeadOfItsResponse() {
    stubStream();

    MistralResponse<Stream<CompletionChunk>> raw =
        client.withRawResponse(() -> client.chat().stream(Fixtures.simpleRequest()));

    assertThat(raw.statusCode()).isEqualTo(200);
    assertThat(raw.requestId()).contains("corr-stream");
    assertThat(raw.rateLimits()).containsEntry("x-ratelimit-remaining-tokens-minute", "4999");
    List<CompletionChunk> chunks;
    try (Stream<CompletionChunk> stream = raw.value()) {
      chunks = stream.collect(Collectors.toList());
    }
    assertThat(chunks.stream().map(CompletionChunk::deltaText).collect(Collectors.joining()))
        .isEqualTo("Hello, world");
  }

  @Test
  void aRawStreamClosedEarlyIsCancelledAndTheClientGoesOn() {
    stubStream();

    MistralResponse<Stream<CompletionChunk>> raw =
        client.withRawResponse(() -> client.chat().stream(Fixtures.simpleRequest()));
    Stream<CompletionChunk> stream = raw.value();
    var chunks = stream.iterator();
    assertThat(chunks.next().deltaText()).isEmpty();
    stream.close();

    assertThatThrownBy(chunks::next).isInstanceOf(CancellationException.class);
    assertThat(client.chat().streamAndAccumulate(Fixtures.simpleRequest()).firstContent())
        .isEqualTo("Hello, world");
  }

  @Test
  void aStreamFoldedOnTheCallersThreadComesWithItsHead() {
    stubStream();

    MistralResponse<ChatCompletionResponse> raw =
        client.withRawResponse(() -> client.chat().streamAndAccumulate(Fixtures.simpleRequest()));

    assertThat(raw.requestId()).contains("corr-stream");
    assertThat(raw.value().firstContent()).isEqualTo("Hello, world");
  }

  @Test
  void aStreamTheApiRefusesThrowsItsErrorFromWithRawResponse() {
    server.stubFor(
        post("/v1/chat/completions")
            .willReturn(
                aResponse()
                    .withStatus(429)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"message\":\"slow down\"}")));

    assertThatThrownBy(
            () -> client.withRawResponse(() -> client.chat().stream(Fixtures.simpleRequest())))
        .isInstanceOf(MistralRateLimitException.class);
  }

  @Test
  void aBlockingDownloadComesWithTheHeadOfItsResponse() throws Exception {
    server.stubFor(
        com.github.tomakehurst.wiremock.client.WireMock.get("/v1/files/file-1/content")
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/octet-stream")
                    .withHeader("mistral-correlation-id", "corr-download")
                    .withBody("some bytes")));

    MistralResponse<InputStream> raw =
        client.withRawResponse(() -> client.files().download("file-1"));

    assertThat(raw.requestId()).contains("corr-download");
    try (InputStream in = raw.value()) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("some bytes");
    }
  }

  private static String storedFile(String id) {
    return """
        {"id": "%s", "object": "file", "bytes": 13, "created_at": 1759500189,
         "filename": "a.jsonl", "purpose": "fine-tune", "source": "upload"}
        """
        .formatted(id);
  }

  /** Two pages of the file listing, each with its own correlation id, and a total of two. */
  private static void stubListing() {
    for (int page = 0; page < 2; page++) {
      server.stubFor(
          get(WireMock.urlPathEqualTo("/v1/files"))
              .withQueryParam("page", equalTo(Integer.toString(page)))
              .willReturn(
                  aResponse()
                      .withHeader("Content-Type", "application/json")
                      .withHeader("mistral-correlation-id", "corr-page-" + page)
                      .withBody(
                          "{\"data\": ["
                              + storedFile("f" + page)
                              + "], \"object\": \"list\", \"total\": 2}")));
    }
  }

  @Test
  void aBlockingListingComesWithTheHeadOfItsFirstPage() {
    stubListing();

    MistralResponse<Stream<StoredFile>> raw =
        client.withRawResponse(() -> client.files().listAll());

    assertThat(raw.requestId()).contains("corr-page-0");
    try (Stream<StoredFile> files = raw.value()) {
      assertThat(files.map(StoredFile::id)).containsExactly("f0", "f1");
    }
  }

  @Test
  void aListingReadInsideAnotherRawCallDoesNotGiveThatCallItsHead() {
    stubListing();
    server.stubFor(
        get("/v1/files/f9")
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withHeader("mistral-correlation-id", "corr-retrieve")
                    .withBody(storedFile("f9"))));
    Stream<StoredFile> listing = client.files().listAll();

    MistralResponse<StoredFile> raw =
        client.withRawResponse(
            () -> {
              StoredFile retrieved = client.files().retrieve("f9");
              // The listing, made outside, fetches its pages only now.
              assertThat(listing.map(StoredFile::id)).containsExactly("f0", "f1");
              return retrieved;
            });

    assertThat(raw.requestId()).contains("corr-retrieve");
    assertThat(raw.value().id()).isEqualTo("f9");
  }
}
