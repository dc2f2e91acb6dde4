package io.github.mistralspring.client.audio;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.mistralspring.client.testsupport.MistralWireMock.API_KEY;
import static io.github.mistralspring.client.testsupport.MistralWireMock.json;
import static io.github.mistralspring.client.testsupport.MistralWireMock.parts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.mistralspring.client.MistralClient;
import io.github.mistralspring.client.audio.transcriptions.TimestampGranularity;
import io.github.mistralspring.client.audio.transcriptions.TranscriptionRequest;
import io.github.mistralspring.client.audio.transcriptions.TranscriptionResponse;
import io.github.mistralspring.client.audio.transcriptions.TranscriptionSegment;
import io.github.mistralspring.client.core.RetryPolicy;
import io.github.mistralspring.client.error.MistralBadRequestException;
import io.github.mistralspring.client.error.MistralServerException;
import io.github.mistralspring.client.observation.MistralObservationContext;
import io.github.mistralspring.client.testsupport.MistralWireMock;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ByteArrayResource;

/** Audio transcriptions over HTTP against an in-process WireMock server. */
class TranscriptionsHttpTest {

  static final String PATH = "/v1/audio/transcriptions";

  /** A transcription with every field the API sends, and one it may add later. */
  static final String TRANSCRIPTION =
      """
      {"model": "voxtral-mini-2507", "text": "Hello there. General Kenobi.", "language": "en",
       "segments": [
         {"type": "transcription_segment", "text": "Hello there.", "start": 0.0, "end": 1.25,
          "score": 0.97, "speaker_id": "speaker_1"},
         {"type": "transcription_segment", "text": " General Kenobi.", "start": 1.5, "end": 3.0,
          "score": null, "speaker_id": "speaker_2"}],
       "usage": {"prompt_audio_seconds": 3, "prompt_tokens": 4, "completion_tokens": 9,
                 "total_tokens": 13},
       "a_future_field": true}
      """;

  static final byte[] AUDIO = {'R', 'I', 'F', 'F', 0, 1, 2, (byte) 0xff, (byte) 0x80, '\r', '\n'};

  @RegisterExtension static MistralWireMock server = new MistralWireMock();

  private final MistralClient client = server.client();

  @Test
  void uploadsAPathWithEveryFieldAsFormPartsAndReadsTheTranscription(@TempDir Path dir)
      throws Exception {
    Path audio = dir.resolve("meeting.wav");
    Files.write(audio, AUDIO);
    server.stubFor(post(PATH).willReturn(json(TRANSCRIPTION)));

    TranscriptionResponse transcription =
        client
            .audio()
            .transcriptions()
            .create(
                TranscriptionRequest.builder()
                    .model("voxtral-mini-2507")
                    .file(audio)
                    .language("en")
                    .temperature(0.2)
                    .diarize(true)
                    .addContextBias("Kenobi", "Voxtral")
                    .timestampGranularities(TimestampGranularity.SEGMENT, TimestampGranularity.WORD)
                    .extraField("a_future_option", "on")
                    .build());

    LoggedRequest sent = server.onlyRequest();
    assertThat(sent.getMethod().getName()).isEqualTo("POST");
    assertThat(sent.getUrl()).isEqualTo(PATH);
    assertThat(sent.getHeader("Authorization")).isEqualTo("Bearer test-key");
    assertThat(sent.getHeader("Content-Type")).startsWith("multipart/form-data;boundary=");
    assertThat(parts(sent))
        .containsExactly(
            "model=voxtral-mini-2507",
            "file@meeting.wav",
            "language=en",
            "temperature=0.2",
            "stream=false",
            "diarize=true",
            "context_bias=Kenobi",
            "context_bias=Voxtral",
            "timestamp_granularities=segment",
            "timestamp_granularities=word",
            "a_future_option=on");
    server.verify(
        postRequestedFor(urlEqualTo(PATH))
            .withRequestBodyPart(
                aMultipart("file")
                    .withHeader(
                        "Content-Disposition",
                        equalTo("form-data; name=\"file\"; filename=\"meeting.wav\""))
                    .withHeader("Content-Type", containing("audio/"))
                    .withBody(binaryEqualTo(AUDIO))
                    .build()));

    assertThat(transcription.model()).isEqualTo("voxtral-mini-2507");
    assertThat(transcription.text()).isEqualTo("Hello there. General Kenobi.");
    assertThat(transcription.language()).isEqualTo("en");
    assertThat(transcription.segments())
        .containsExactly(
            new TranscriptionSegment(
                "transcription_segment", "Hello there.", 0.0, 1.25, 0.97, "speaker_1"),
            new TranscriptionSegment(
                "transcription_segment", " General Kenobi.", 1.5, 3.0, null, "speaker_2"));
    assertThat(transcription.usage().audioSeconds()).isEqualTo(3.0);
    assertThat(transcription.usage().promptTokens()).isEqualTo(4);
    assertThat(transcription.usage().completionTokens()).isEqualTo(9);
    assertThat(transcription.usage().totalTokens()).isEqualTo(13);
  }

  @Test
  void transcribesAPathInOneLineWithTheDefaultTranscriptionModel(@TempDir Path dir)
      throws Exception {
    Path audio = dir.resolve("note.mp3");
    Files.write(audio, AUDIO);
    server.stubFor(post(PATH).willReturn(json(TRANSCRIPTION)));

    String text = client.audio().transcriptions().transcribe(audio);

    assertThat(text).isEqualTo("Hello there. General Kenobi.");
    assertThat(parts(server.onlyRequest()))
        .containsExactly("model=voxtral-mini-latest", "file@note.mp3", "stream=false");
  }

  @Test
  void namesTheAudioByUrlOrFileIdWithoutSendingAFile() {
    server.stubFor(post(PATH).willReturn(json(TRANSCRIPTION)));

    client
        .audio()
        .transcriptions()
        .create(TranscriptionRequest.builder().fileUrl("https://example.com/a.mp3").build());
    client
        .audio()
        .transcriptions()
        .create(TranscriptionRequest.builder().file(AUDIO, "x.wav").fileId("file-123").build());

    List<LoggedRequest> sent = server.findAll(postRequestedFor(urlEqualTo(PATH)));
    assertThat(parts(sent.get(0)))
        .containsExactly(
            "model=voxtral-mini-latest", "file_url=https://example.com/a.mp3", "stream=false");
    // The last source set wins: the bytes given first are not sent.
    assertThat(parts(sent.get(1)))
        .containsExactly("model=voxtral-mini-latest", "file_id=file-123", "stream=false");
  }

  @Test
  void sendsBytesAResourceAndAStreamUnderTheirFileNames() {
    server.stubFor(post(PATH).willReturn(json(TRANSCRIPTION)));
    byte[] streamed = "stream of audio".getBytes(StandardCharsets.UTF_8);

    client
        .audio()
        .transcriptions()
        .create(TranscriptionRequest.builder().file(AUDIO, "bytes.wav").build());
    client
        .audio()
        .transcriptions()
        .create(
            TranscriptionRequest.builder()
                .file(
                    new ByteArrayResource(AUDIO) {
                      @Override
                      public String getFilename() {
                        return "resource.ogg";
                      }
                    })
                .build());
    client
        .audio()
        .transcriptions()
        .create(
            TranscriptionRequest.builder()
                .file(new ByteArrayInputStream(streamed), "stream.flac")
                .build());

    List<LoggedRequest> sent = server.findAll(postRequestedFor(urlEqualTo(PATH)));
    assertThat(sent).hasSize(3);
    assertThat(sent.get(0).getPart("file").getBody().asBytes()).isEqualTo(AUDIO);
    assertThat(parts(sent.get(0))).contains("file@bytes.wav");
    assertThat(sent.get(1).getPart("file").getBody().asBytes()).isEqualTo(AUDIO);
    assertThat(parts(sent.get(1))).contains("file@resource.ogg");
    assertThat(sent.get(2).getPart("file").getBody().asBytes()).isEqualTo(streamed);
    assertThat(parts(sent.get(2))).contains("file@stream.flac");
  }

  @Test
  void retriesAPathAfterAServerErrorButNeverResendsAStream(@TempDir Path dir) throws Exception {
    Path audio = dir.resolve("retry.wav");
    Files.write(audio, AUDIO);
    server.stubFor(post(PATH).willReturn(aResponse().withStatus(503)));
    RetryPolicy twoRetries =
        RetryPolicy.defaults()
            .withMaxRetries(2)
            .withBackoff(Duration.ofMillis(5), Duration.ofMillis(20));
    try (MistralClient retrying = server.clientBuilder().retryPolicy(twoRetries).build()) {

      assertThatThrownBy(() -> retrying.audio().transcriptions().transcribe(audio))
          .isInstanceOf(MistralServerException.class);
      assertThat(server.findAll(postRequestedFor(urlEqualTo(PATH)))).hasSize(3);

      server.resetRequests();
      assertThatThrownBy(
              () ->
                  retrying
                      .audio()
                      .transcriptions()
                      .create(
                          TranscriptionRequest.builder()
                              .file(new ByteArrayInputStream(AUDIO), "once.wav")
                              .build()))
          .isInstanceOf(MistralServerException.class);
      assertThat(server.findAll(postRequestedFor(urlEqualTo(PATH)))).hasSize(1);
    }
  }

  @Test
  void passesOnTheApisRefusalOfAChatModel() {
    server.stubFor(
        post(PATH)
            .willReturn(
                json("{\"object\":\"error\",\"message\":\"Invalid model: voxtral-small-latest\","
                        + "\"type\":\"invalid_model\",\"param\":null,\"code\":\"1500\"}")
                    .withStatus(400)));

    assertThatThrownBy(
            () ->
                client
                    .audio()
                    .transcriptions()
                    .create(
                        TranscriptionRequest.builder()
                            .model("voxtral-small-latest")
                            .file(AUDIO, "a.wav")
                            .build()))
        .isInstanceOf(MistralBadRequestException.class)
        .hasMessageContaining("Invalid model: voxtral-small-latest");
  }

  @Test
  void failsBeforeSendingWhenNoModelIsNamedAndTheClientHasNoDefault() {
    try (MistralClient noDefault =
        MistralClient.builder()
            .apiKey(API_KEY)
            .baseUrl(server.baseUrl())
            .defaultTranscriptionModel(null)
            .build()) {
      assertThatThrownBy(
              () ->
                  noDefault
                      .audio()
                      .transcriptions()
                      .create(TranscriptionRequest.builder().file(AUDIO, "a.wav").build()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("model(\"voxtral-mini-latest\")")
          .hasMessageContaining("mistral.transcription.model")
          .hasMessageContaining("defaultTranscriptionModel");
    }
    assertThat(server.findAll(postRequestedFor(urlEqualTo(PATH)))).isEmpty();
  }

  @Test
  void refusesARequestWithoutAudioOrWithAValueTheApiWouldRefuse() {
    assertThatThrownBy(() -> TranscriptionRequest.builder().model("voxtral-mini-latest").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("needs the audio")
        .hasMessageContaining("fileUrl(url)");
    assertThatThrownBy(() -> TranscriptionRequest.builder().language("english"))
        .hasMessageContaining("two-letter code")
        .hasMessageContaining("\"english\"");
    assertThatThrownBy(() -> TranscriptionRequest.builder().addContextBias("two words"))
        .hasMessageContaining("without spaces or commas")
        .hasMessageContaining("\"two words\"");
    assertThatThrownBy(() -> TranscriptionRequest.builder().file(new ByteArrayResource(AUDIO)))
        .hasMessageContaining("A file name is required")
        .hasMessageContaining("file(audio, \"call.mp3\")");
  }

  @Test
  void copiesARequestWithToBuilder() {
    TranscriptionRequest request =
        TranscriptionRequest.builder()
            .model("voxtral-mini-2602")
            .fileId("file-1")
            .language("fr")
            .diarize(true)
            .addContextBias("Mistral")
            .build();

    TranscriptionRequest copy = request.toBuilder().temperature(0.0).build();

    assertThat(copy.model()).isEqualTo("voxtral-mini-2602");
    assertThat(copy.fileId()).isEqualTo("file-1");
    assertThat(copy.language()).isEqualTo("fr");
    assertThat(copy.diarize()).isTrue();
    assertThat(copy.contextBias()).containsExactly("Mistral");
    assertThat(copy.temperature()).isEqualTo(0.0);
    assertThat(request.temperature()).isNull();
    assertThat(copy.toString()).contains("fileId=file-1").doesNotContain("file=");
  }

  @Test
  void observesTheModelOfTheMultipartRequestAndTheUsage() {
    List<MistralObservationContext> stopped = new CopyOnWriteArrayList<>();
    ObservationRegistry observations = ObservationRegistry.create();
    observations
        .observationConfig()
        .observationHandler(
            new ObservationHandler<MistralObservationContext>() {
              @Override
              public void onStop(MistralObservationContext context) {
                stopped.add(context);
              }

              @Override
              public boolean supportsContext(Observation.Context context) {
                return context instanceof MistralObservationContext;
              }
            });
    server.stubFor(post(PATH).willReturn(json(TRANSCRIPTION)));
    try (MistralClient observed =
        server.clientBuilder().observationRegistry(observations).build()) {

      observed
          .audio()
          .transcriptions()
          .create(TranscriptionRequest.builder().file(AUDIO, "a.wav").build());
    }

    assertThat(stopped).hasSize(1);
    MistralObservationContext context = stopped.get(0);
    assertThat(context.getOperation().name()).isEqualTo("audio.transcriptions");
    assertThat(context.getRequestModel()).isEqualTo("voxtral-mini-latest");
    assertThat(context.getResponseModel()).isEqualTo("voxtral-mini-2507");
    assertThat(context.getUsage().audioSeconds()).isEqualTo(3.0);
    assertThat(context.getUsage().totalTokens()).isEqualTo(13);
  }
}
