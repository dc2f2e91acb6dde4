package io.github.mistralspring.client.audio;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static io.github.mistralspring.client.testsupport.MistralWireMock.events;
import static io.github.mistralspring.client.testsupport.MistralWireMock.json;
import static io.github.mistralspring.client.testsupport.MistralWireMock.parts;
import static io.github.mistralspring.client.testsupport.MistralWireMock.sse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mistralspring.client.MistralClient;
import io.github.mistralspring.client.audio.transcriptions.TimestampGranularity;
import io.github.mistralspring.client.audio.transcriptions.TranscriptionAccumulator;
import io.github.mistralspring.client.audio.transcriptions.TranscriptionDoneEvent;
import io.github.mistralspring.client.audio.transcriptions.TranscriptionLanguageEvent;
import io.github.mistralspring.client.audio.transcriptions.TranscriptionRequest;
import io.github.mistralspring.client.audio.transcriptions.TranscriptionResponse;
import io.github.mistralspring.client.audio.transcriptions.TranscriptionSegment;
import io.github.mistralspring.client.audio.transcriptions.TranscriptionSegmentEvent;
import io.github.mistralspring.client.audio.transcriptions.TranscriptionStreamEvent;
import io.github.mistralspring.client.audio.transcriptions.TranscriptionTextDeltaEvent;
import io.github.mistralspring.client.audio.transcriptions.UnknownTranscriptionEvent;
import io.github.mistralspring.client.error.MistralStreamException;
import io.github.mistralspring.client.testsupport.MistralWireMock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.test.StepVerifier;

/** Streamed transcriptions on WireMock: every event, split small; the accumulator; failures. */
class TranscriptionStreamHttpTest {

  static final String PATH = "/v1/audio/transcriptions";

  static final String DONE =
      "{\"type\":\"transcription.done\",\"model\":\"voxtral-mini-2507\","
          + "\"text\":\"Hello there. General Kenobi.\",\"language\":\"en\","
          + "\"segments\":[{\"type\":\"transcription_segment\",\"text\":\"Hello there.\","
          + "\"start\":0.0,\"end\":1.25,\"speaker_id\":\"speaker_1\"},"
          + "{\"type\":\"transcription_segment\",\"text\":\" General Kenobi.\","
          + "\"start\":1.5,\"end\":3.0,\"speaker_id\":\"speaker_2\"}],"
          + "\"usage\":{\"prompt_audio_seconds\":3,\"prompt_tokens\":4,\"completion_tokens\":9,"
          + "\"total_tokens\":13}}";

  static final String EVERY_EVENT =
      sse(
          "transcription.language",
          "{\"type\":\"transcription.language\",\"audio_language\":\"en\"}",
          "transcription.text.delta",
          "{\"type\":\"transcription.text.delta\",\"text\":\"Hello there.\"}",
          "transcription.segment",
          "{\"type\":\"transcription.segment\",\"text\":\"Hello there.\",\"start\":0.0,"
              + "\"end\":1.25,\"speaker_id\":\"speaker_1\"}",
          "transcription.vad",
          "{\"type\":\"transcription.vad\",\"speaking\":false}",
          "transcription.text.delta",
          "{\"type\":\"transcription.text.delta\",\"text\":\" General Kenobi.\"}",
          "transcription.segment",
          "{\"type\":\"transcription.segment\",\"text\":\" General Kenobi.\",\"start\":1.5,"
              + "\"end\":3.0,\"speaker_id\":\"speaker_2\"}",
          "transcription.done",
          DONE);

  /** The same transcription as the unstreamed response carries it. */
  static final String WHOLE =
      "{\"model\":\"voxtral-mini-2507\",\"text\":\"Hello there. General Kenobi.\","
          + "\"language\":\"en\",\"segments\":[{\"type\":\"transcription_segment\","
          + "\"text\":\"Hello there.\",\"start\":0.0,\"end\":1.25,\"speaker_id\":\"speaker_1\"},"
          + "{\"type\":\"transcription_segment\",\"text\":\" General Kenobi.\",\"start\":1.5,"
          + "\"end\":3.0,\"speaker_id\":\"speaker_2\"}],\"usage\":{\"prompt_audio_seconds\":3,"
          + "\"prompt_tokens\":4,\"completion_tokens\":9,\"total_tokens\":13}}";

  static final byte[] AUDIO = {1, 2, 3, 4};

  @RegisterExtension static MistralWireMock server = new MistralWireMock();

  private final MistralClient client = server.client();

  private static TranscriptionRequest request() {
    return TranscriptionRequest.builder()
        .file(AUDIO, "hello.wav")
        .diarize(true)
        .timestampGranularities(TimestampGranularity.SEGMENT)
        .build();
  }

  @Test
  void readsEveryEventInOrderFromAStreamSplitIntoSmallChunks() {
    server.stubFor(post(PATH).willReturn(events(EVERY_EVENT)));

    List<TranscriptionStreamEvent> events;
    try (Stream<TranscriptionStreamEvent> stream =
        client.audio().transcriptions().stream(request())) {
      events = stream.toList();
    }

    assertThat(parts(server.onlyRequest()))
        .containsExactly(
            "model=voxtral-mini-latest",
            "file@hello.wav",
            "stream=true",
            "diarize=true",
            "timestamp_granularities=segment");
    assertThat(server.onlyRequest().getHeader("Accept")).isEqualTo("text/event-stream");
    assertThat(events)
        .extracting(TranscriptionStreamEvent::type)
        .containsExactly(
            "transcription.language",
            "transcription.text.delta",
            "transcription.segment",
            "transcription.vad",
            "transcription.text.delta",
            "transcription.segment",
            "transcription.done");
    assertThat(events.get(0))
        .isEqualTo(new TranscriptionLanguageEvent("transcription.language", "en"));
    assertThat(events.get(1))
        .isEqualTo(new TranscriptionTextDeltaEvent("transcription.text.delta", "Hello there."));
    assertThat(events.get(2))
        .isEqualTo(
            new TranscriptionSegmentEvent(
                "transcription.segment", "Hello there.", 0.0, 1.25, "speaker_1"));
    assertThat(events.get(3)).isInstanceOf(UnknownTranscriptionEvent.class);
    assertThat(((UnknownTranscriptionEvent) events.get(3)).properties())
        .containsEntry("speaking", false);
    TranscriptionDoneEvent done = (TranscriptionDoneEvent) events.get(6);
    assertThat(done.model()).isEqualTo("voxtral-mini-2507");
    assertThat(done.usage().audioSeconds()).isEqualTo(3.0);
  }

  @Test
  void theAccumulatedStreamEqualsTheUnstreamedTranscription() {
    server.stubFor(post(PATH).willReturn(json(WHOLE)));
    TranscriptionResponse whole = client.audio().transcriptions().create(request());
    server.resetAll();
    server.stubFor(post(PATH).willReturn(events(EVERY_EVENT)));

    TranscriptionResponse folded = client.audio().transcriptions().streamAndAccumulate(request());

    assertThat(folded).isEqualTo(whole);
  }

  @Test
  void theAccumulatorTakesWhatTheDoneEventLeavesOutFromThePiecesBeforeIt() {
    String body =
        sse(
            "transcription.language",
            "{\"type\":\"transcription.language\",\"audio_language\":\"fr\"}",
            "transcription.text.delta",
            "{\"type\":\"transcription.text.delta\",\"text\":\"Bon\"}",
            "transcription.text.delta",
            "{\"type\":\"transcription.text.delta\",\"text\":\"jour.\"}",
            "transcription.segment",
            "{\"type\":\"transcription.segment\",\"text\":\"Bonjour.\",\"start\":0.0,\"end\":0.8}",
            "transcription.done",
            "{\"type\":\"transcription.done\",\"model\":\"voxtral-mini-2507\","
                + "\"usage\":{\"prompt_tokens\":1,\"completion_tokens\":2,\"total_tokens\":3}}");
    server.stubFor(post(PATH).willReturn(events(body)));

    TranscriptionResponse folded =
        TranscriptionAccumulator.accumulate(
                client.reactive().audio().transcriptions().stream(request()))
            .block(Duration.ofSeconds(10));

    assertThat(folded.model()).isEqualTo("voxtral-mini-2507");
    assertThat(folded.text()).isEqualTo("Bonjour.");
    assertThat(folded.language()).isEqualTo("fr");
    assertThat(folded.segments()).containsExactly(TranscriptionSegment.of("Bonjour.", 0.0, 0.8));
    assertThat(folded.usage().totalTokens()).isEqualTo(3);
  }

  @Test
  void anErrorInsideTheStreamFailsItAfterTheEventsBeforeIt() {
    String body =
        sse(
            "transcription.text.delta",
            "{\"type\":\"transcription.text.delta\",\"text\":\"Hel\"}",
            "error",
            "{\"object\":\"error\",\"message\":\"Audio could not be decoded\","
                + "\"type\":\"invalid_request_error\",\"code\":\"3001\"}");
    server.stubFor(post(PATH).willReturn(events(body)));

    List<TranscriptionStreamEvent> seen = new ArrayList<>();
    StepVerifier.create(client.reactive().audio().transcriptions().stream(request()))
        .recordWith(() -> seen)
        .expectNextCount(1)
        .expectErrorSatisfies(
            failure ->
                assertThat(failure)
                    .isInstanceOf(MistralStreamException.class)
                    .hasMessageContaining("Audio could not be decoded"))
        .verify(Duration.ofSeconds(10));
    assertThat(seen)
        .extracting(TranscriptionStreamEvent::type)
        .containsExactly("transcription.text.delta");
  }

  @Test
  void aStreamThatEndsWithoutItsDoneEventFails() {
    String body =
        sse(
            "transcription.text.delta",
            "{\"type\":\"transcription.text.delta\",\"text\":\"Hello\"}");
    server.stubFor(post(PATH).willReturn(events(body)));

    assertThatThrownBy(() -> client.audio().transcriptions().streamAndAccumulate(request()))
        .isInstanceOf(MistralStreamException.class)
        .hasMessageContaining("without its transcription.done event after 1 events");
  }

  @Test
  void dataWithoutATypeIsReadByTheEventName() {
    String body =
        "event: transcription.text.delta\ndata: {\"text\":\"Hi\"}\n\n"
            + "event: transcription.done\ndata: {\"model\":\"voxtral-mini-2507\",\"text\":\"Hi\","
            + "\"language\":null,\"usage\":{\"prompt_tokens\":1,\"completion_tokens\":1,"
            + "\"total_tokens\":2}}\n\n";
    server.stubFor(post(PATH).willReturn(events(body)));

    List<TranscriptionStreamEvent> events;
    try (Stream<TranscriptionStreamEvent> stream =
        client.audio().transcriptions().stream(request())) {
      events = stream.toList();
    }

    assertThat(events.get(0))
        .isEqualTo(new TranscriptionTextDeltaEvent("transcription.text.delta", "Hi"));
    assertThat(events.get(1)).isInstanceOf(TranscriptionDoneEvent.class);
  }
}
