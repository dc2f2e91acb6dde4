package io.github.mistralspring.client.audio;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.mistralspring.client.testsupport.MistralWireMock.assertBody;
import static io.github.mistralspring.client.testsupport.MistralWireMock.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.mistralspring.client.MistralClient;
import io.github.mistralspring.client.audio.voices.Voice;
import io.github.mistralspring.client.audio.voices.VoiceCreateRequest;
import io.github.mistralspring.client.audio.voices.VoiceUpdateRequest;
import io.github.mistralspring.client.core.RetryPolicy;
import io.github.mistralspring.client.error.MistralNotFoundException;
import io.github.mistralspring.client.error.MistralServerException;
import io.github.mistralspring.client.paging.Page;
import io.github.mistralspring.client.testsupport.MistralWireMock;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Voices over HTTP against WireMock: every operation, paging, the sample both ways. */
class VoicesHttpTest {

  static final String ID = "f42bf0d7-8a10-4b98-bbfa-589a232209d2";

  static String voice(String id, String name) {
    return """
        {"name": "%s", "slug": "narrator", "languages": ["en", "fr"], "gender": "female",
         "age": 40, "tags": ["calm"], "color": "#aabbcc", "retention_notice": 30,
         "id": "%s", "created_at": "2026-02-01T10:15:30Z", "user_id": "user-1",
         "sample_seconds": 7}
        """
        .formatted(name, id);
  }

  static final byte[] SAMPLE = {'R', 'I', 'F', 'F', 0, (byte) 0xff, 7, '\n'};

  @RegisterExtension static MistralWireMock server = new MistralWireMock();

  private final MistralClient client = server.client();

  @Test
  void listsAPageWithLimitAndOffsetAndReadsEveryField() {
    server.stubFor(
        get(urlPathEqualTo("/v1/audio/voices"))
            .willReturn(
                json(
                    "{\"items\":["
                        + voice(ID, "Narrator")
                        + "],\"total\":21,\"page\":2,\"page_size\":10,\"total_pages\":3}")));

    Page<Voice> page = client.audio().voices().list(10, 20);

    assertThat(server.onlyRequest().getUrl()).isEqualTo("/v1/audio/voices?limit=10&offset=20");
    assertThat(page.total()).isEqualTo(21);
    assertThat(page.page()).isEqualTo(2);
    assertThat(page.pageSize()).isEqualTo(10);
    assertThat(page.totalPages()).isEqualTo(3);
    assertThat(page.data())
        .containsExactly(
            new Voice(
                "Narrator",
                "narrator",
                List.of("en", "fr"),
                "female",
                40,
                List.of("calm"),
                "#aabbcc",
                30,
                ID,
                OffsetDateTime.parse("2026-02-01T10:15:30Z"),
                "user-1"));

    server.resetRequests();
    client.audio().voices().list();
    assertThat(server.onlyRequest().getUrl()).isEqualTo("/v1/audio/voices");
  }

  @Test
  void listsEveryVoiceByOffsetFetchingEachPageOnlyWhenReached() {
    // The server caps the page at two voices, fewer than the hundred asked for: none is skipped.
    for (int offset = 0; offset <= 4; offset += 2) {
      StringBuilder items = new StringBuilder();
      for (int i = offset; i < Math.min(offset + 2, 5); i++) {
        items.append(items.length() == 0 ? "" : ",").append(voice("id-" + i, "Voice " + i));
      }
      server.stubFor(
          get(urlPathEqualTo("/v1/audio/voices"))
              .withQueryParam("offset", equalTo(Integer.toString(offset)))
              .willReturn(
                  json(
                      "{\"items\":["
                          + items
                          + "],\"total\":5,\"page\":0,\"page_size\":2,\"total_pages\":3}")));
    }

    try (Stream<Voice> voices = client.audio().voices().listAll()) {
      Iterator<Voice> all = voices.iterator();
      assertThat(all.next().id()).isEqualTo("id-0");
      assertThat(server.findAll(anyRequestedFor(anyUrl())).size()).isLessThanOrEqualTo(2);
      List<String> rest = Stream.generate(() -> null).limit(4).map(x -> all.next().id()).toList();
      assertThat(rest).containsExactly("id-1", "id-2", "id-3", "id-4");
      assertThat(all.hasNext()).isFalse();
    }
    assertThat(server.findAll(anyRequestedFor(anyUrl())))
        .extracting(LoggedRequest::getUrl)
        .containsExactly(
            "/v1/audio/voices?limit=100&offset=0",
            "/v1/audio/voices?limit=100&offset=2",
            "/v1/audio/voices?limit=100&offset=4");
  }

  @Test
  void createsAVoiceFromASampleSentBase64InTheJsonBody(@TempDir Path dir) throws Exception {
    Path sample = dir.resolve("narrator.wav");
    Files.write(sample, SAMPLE);
    server.stubFor(post("/v1/audio/voices").willReturn(json(voice(ID, "Narrator"))));

    Voice created =
        client
            .audio()
            .voices()
            .create(
                VoiceCreateRequest.builder()
                    .name("Narrator")
                    .sample(sample)
                    .languages("en", "fr")
                    .gender("female")
                    .age(40)
                    .tags(List.of("calm"))
                    .retentionNotice(30)
                    .build());

    assertThat(created.id()).isEqualTo(ID);
    assertBody(
        server.onlyRequest(),
        """
        {"name": "Narrator", "languages": ["en", "fr"], "gender": "female", "age": 40,
         "tags": ["calm"], "retention_notice": 30, "sample_audio": "%s",
         "sample_filename": "narrator.wav"}
        """
            .formatted(Base64.getEncoder().encodeToString(SAMPLE)));
  }

  @Test
  void createsFromAStreamOrBytesAndNeverRetriesACreation() {
    server.stubFor(post("/v1/audio/voices").willReturn(aResponse().withStatus(503)));
    try (MistralClient retrying =
        server
            .clientBuilder()
            .retryPolicy(
                RetryPolicy.defaults()
                    .withMaxRetries(3)
                    .withBackoff(Duration.ofMillis(5), Duration.ofMillis(10)))
            .build()) {
      assertThatThrownBy(
              () ->
                  retrying
                      .audio()
                      .voices()
                      .create(
                          VoiceCreateRequest.builder()
                              .name("Streamed")
                              .sample(new ByteArrayInputStream(SAMPLE), "s.wav")
                              .build()))
          .isInstanceOf(MistralServerException.class);
    }
    List<LoggedRequest> sent = server.findAll(postRequestedFor(urlEqualTo("/v1/audio/voices")));
    assertThat(sent).hasSize(1);
    assertBody(
        sent.get(0),
        "{\"name\": \"Streamed\", \"sample_audio\": \""
            + Base64.getEncoder().encodeToString(SAMPLE)
            + "\", \"sample_filename\": \"s.wav\"}");

    server.resetAll();
    server.stubFor(post("/v1/audio/voices").willReturn(json(voice(ID, "Bytes"))));
    client
        .audio()
        .voices()
        .create(VoiceCreateRequest.builder().name("Bytes").sample(SAMPLE, null).build());
    assertBody(
        server.onlyRequest(),
        "{\"name\": \"Bytes\", \"sample_audio\": \""
            + Base64.getEncoder().encodeToString(SAMPLE)
            + "\"}");
  }

  @Test
  void retrievesUpdatesAndDeletesAVoice() {
    server.stubFor(get("/v1/audio/voices/" + ID).willReturn(json(voice(ID, "Narrator"))));
    server.stubFor(patch(urlEqualTo("/v1/audio/voices/" + ID)).willReturn(json(voice(ID, "Bard"))));
    server.stubFor(delete("/v1/audio/voices/" + ID).willReturn(json(voice(ID, "Bard"))));

    assertThat(client.audio().voices().retrieve(ID).name()).isEqualTo("Narrator");
    assertThat(
            client
                .audio()
                .voices()
                .update(ID, VoiceUpdateRequest.builder().name("Bard").tags(List.of()).build())
                .name())
        .isEqualTo("Bard");
    assertThat(client.audio().voices().delete(ID).id()).isEqualTo(ID);

    List<LoggedRequest> sent = server.findAll(anyRequestedFor(anyUrl()));
    assertThat(sent)
        .extracting(r -> r.getMethod().getName() + " " + r.getUrl())
        .containsExactly(
            "GET /v1/audio/voices/" + ID,
            "PATCH /v1/audio/voices/" + ID,
            "DELETE /v1/audio/voices/" + ID);
    assertBody(sent.get(1), "{\"name\": \"Bard\", \"tags\": []}");
    assertThat(sent.get(0).getBodyAsString()).isEmpty();
  }

  @Test
  void downloadsASampleAsAStreamAndToAFile(@TempDir Path dir) throws Exception {
    server.stubFor(
        get("/v1/audio/voices/" + ID + "/sample")
            .willReturn(aResponse().withHeader("Content-Type", "audio/wav").withBody(SAMPLE)));
    Path target = dir.resolve("sample.wav");

    try (InputStream in = client.audio().voices().downloadSample(ID)) {
      assertThat(in.readAllBytes()).isEqualTo(SAMPLE);
    }
    assertThat(client.audio().voices().downloadSampleTo(ID, target)).isEqualTo(target);
    assertThat(Files.readAllBytes(target)).isEqualTo(SAMPLE);
  }

  @Test
  void anUnknownVoiceIsNotFoundAndABlankIdIsRefusedBeforeSending(@TempDir Path dir)
      throws Exception {
    server.stubFor(
        get(urlPathEqualTo("/v1/audio/voices/missing/sample"))
            .willReturn(json("{\"detail\":\"Voice not found\"}").withStatus(404)));
    Path target = dir.resolve("kept.wav");
    Files.write(target, SAMPLE);

    assertThatThrownBy(() -> client.audio().voices().downloadSampleTo("missing", target))
        .isInstanceOf(MistralNotFoundException.class);
    assertThat(Files.readAllBytes(target)).isEqualTo(SAMPLE);
    assertThatThrownBy(() -> client.audio().voices().retrieve(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("voiceId is required");
    assertThatThrownBy(() -> VoiceCreateRequest.builder().name("No sample").build())
        .hasMessageContaining("needs a sample");
    assertThatThrownBy(() -> client.audio().voices().list(0, 0))
        .hasMessageContaining("limit must be 1 or more");
  }
}
