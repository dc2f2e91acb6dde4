package io.github.mistralspring.client.audio;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.mistralspring.client.testsupport.MistralWireMock.assertBody;
import static io.github.mistralspring.client.testsupport.MistralWireMock.events;
import static io.github.mistralspring.client.testsupport.MistralWireMock.json;
import static io.github.mistralspring.client.testsupport.MistralWireMock.sse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mistralspring.client.MistralClient;
import io.github.mistralspring.client.audio.speech.SpeechAudioDeltaEvent;
import io.github.mistralspring.client.audio.speech.SpeechDoneEvent;
import io.github.mistralspring.client.audio.speech.SpeechFormat;
import io.github.mistralspring.client.audio.speech.SpeechRequest;
import io.github.mistralspring.client.audio.speech.SpeechResponse;
import io.github.mistralspring.client.audio.speech.SpeechStreamEvent;
import io.github.mistralspring.client.core.RetryPolicy;
import io.github.mistralspring.client.error.MistralServerException;
import io.github.mistralspring.client.error.MistralStreamException;
import io.github.mistralspring.client.testsupport.MistralWireMock;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Speech over HTTP against WireMock: whole, streamed, to a file and to an output stream. */
class SpeechHttpTest {

  static final String PATH = "/v1/audio/speech";

  static final byte[] FIRST = "RIFF\u0000\u0001wave-head".getBytes(StandardCharsets.ISO_8859_1);
  static final byte[] SECOND = {(byte) 0xff, 0, (byte) 0x80, 1, 2, 3, '\n', '\r'};

  static final String AUDIO_EVENTS =
      sse(
          "speech.audio.delta",
          delta(FIRST),
          "speech.audio.delta",
          delta(SECOND),
          "speech.audio.done",
          "{\"type\":\"speech.audio.done\",\"usage\":{\"prompt_tokens\":5,"
              + "\"completion_tokens\":40,\"total_tokens\":45}}");

  static String delta(byte[] audio) {
    return "{\"type\":\"speech.audio.delta\",\"audio_data\":\""
        + Base64.getEncoder().encodeToString(audio)
        + "\"}";
  }

  static byte[] whole() {
    byte[] whole = new byte[FIRST.length + SECOND.length];
    System.arraycopy(FIRST, 0, whole, 0, FIRST.length);
    System.arraycopy(SECOND, 0, whole, FIRST.length, SECOND.length);
    return whole;
  }

  @RegisterExtension static MistralWireMock server = new MistralWireMock();

  private final MistralClient client = server.client();

  private static SpeechRequest request() {
    return SpeechRequest.builder()
        .model("voxtral-mini-tts-2603")
        .input("Hello from Voxtral.")
        .voiceId("f42bf0d7-8a10-4b98-bbfa-589a232209d2")
        .responseFormat(SpeechFormat.WAV)
        .extraBody("speed", 1.1)
        .build();
  }

  @Test
  void sendsTheRequestAsJsonAndDecodesTheWholeAudio() {
    server.stubFor(
        post(PATH)
            .willReturn(
                json(
                    "{\"audio_data\":\""
                        + Base64.getEncoder().encodeToString(whole())
                        + "\",\"later\":1}")));

    SpeechResponse speech = client.audio().speech().create(request());

    assertThat(speech.audio()).isEqualTo(whole());
    assertThat(server.onlyRequest().getHeader("Content-Type")).startsWith("application/json");
    assertBody(
        server.onlyRequest(),
        """
        {"model": "voxtral-mini-tts-2603", "input": "Hello from Voxtral.",
         "voice_id": "f42bf0d7-8a10-4b98-bbfa-589a232209d2", "response_format": "wav",
         "stream": false, "speed": 1.1}
        """);
  }

  @Test
  void sendsAReferenceClipBase64EncodedAndOnlyTheFieldsThatAreSet() {
    server.stubFor(post(PATH).willReturn(json("{\"audio_data\":\"\"}")));

    client
        .audio()
        .speech()
        .create(SpeechRequest.builder().input("Bonjour").refAudio(SECOND).build());

    assertBody(
        server.onlyRequest(),
        "{\"input\": \"Bonjour\", \"ref_audio\": \""
            + Base64.getEncoder().encodeToString(SECOND)
            + "\", \"stream\": false}");
  }

  @Test
  void streamsAudioEventsSplitIntoSmallChunks() {
    server.stubFor(post(PATH).willReturn(events(AUDIO_EVENTS)));

    List<SpeechStreamEvent> events;
    try (Stream<SpeechStreamEvent> stream = client.audio().speech().stream(request())) {
      events = stream.toList();
    }

    assertThat(server.onlyRequest().getBodyAsString()).contains("\"stream\":true");
    assertThat(server.onlyRequest().getHeader("Accept")).isEqualTo("text/event-stream");
    assertThat(events).hasSize(3);
    assertThat(((SpeechAudioDeltaEvent) events.get(0)).audio()).isEqualTo(FIRST);
    assertThat(((SpeechAudioDeltaEvent) events.get(1)).audio()).isEqualTo(SECOND);
    assertThat(((SpeechDoneEvent) events.get(2)).usage().totalTokens()).isEqualTo(45);
  }

  @Test
  void writesTheStreamedAudioToAFileAndToAnOutputStream(@TempDir Path dir) throws Exception {
    server.stubFor(post(PATH).willReturn(events(AUDIO_EVENTS)));
    Path target = dir.resolve("hello.wav");

    assertThat(client.audio().speech().createTo(request(), target)).isEqualTo(target);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    long written = client.audio().speech().createTo(request(), out);

    assertThat(Files.readAllBytes(target)).isEqualTo(whole());
    assertThat(out.toByteArray()).isEqualTo(whole());
    assertThat(written).isEqualTo(whole().length);
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(target);
    }
  }

  @Test
  void aStreamCutShortLeavesTheTargetAsItWasAndFails(@TempDir Path dir) throws Exception {
    server.stubFor(post(PATH).willReturn(events(sse("speech.audio.delta", delta(FIRST)))));
    Path target = dir.resolve("kept.wav");
    Files.writeString(target, "the previous take");

    assertThatThrownBy(() -> client.audio().speech().createTo(request(), target))
        .isInstanceOf(MistralStreamException.class)
        .hasMessageContaining("without its speech.audio.done event");

    assertThat(Files.readString(target)).isEqualTo("the previous take");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(target);
    }
  }

  @Test
  void retriesSpeechAfterAServerErrorAsAStatelessCall(@TempDir Path dir) {
    server.stubFor(post(PATH).willReturn(aResponse().withStatus(502)));
    try (MistralClient retrying =
        server
            .clientBuilder()
            .retryPolicy(
                RetryPolicy.defaults()
                    .withMaxRetries(1)
                    .withBackoff(Duration.ofMillis(5), Duration.ofMillis(10)))
            .build()) {

      assertThatThrownBy(() -> retrying.audio().speech().create(request()))
          .isInstanceOf(MistralServerException.class);
      assertThatThrownBy(() -> retrying.audio().speech().createTo(request(), dir.resolve("a.wav")))
          .isInstanceOf(MistralServerException.class);
    }
    assertThat(server.findAll(postRequestedFor(urlEqualTo(PATH)))).hasSize(4);
  }

  @Test
  void refusesARequestWithNoTextOrThatSetsTheStreamFlagItself() {
    assertThatThrownBy(() -> SpeechRequest.builder().voiceId("v").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("input(\"Hello!\")");
    assertThatThrownBy(() -> SpeechRequest.builder().extraBody("stream", true))
        .hasMessageContaining("speech().stream(..)");
    SpeechRequest copy = request().toBuilder().input("Other").build();
    assertThat(copy.voiceId()).isEqualTo(request().voiceId());
    assertThat(copy.input()).isEqualTo("Other");
    assertThat(copy.extraBody()).containsEntry("speed", 1.1);
  }
}
