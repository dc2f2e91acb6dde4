package io.github.mistralspring.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import io.github.mistralspring.client.MistralClient;
import io.github.mistralspring.client.audio.speech.SpeechAudioDeltaEvent;
import io.github.mistralspring.client.audio.speech.SpeechDoneEvent;
import io.github.mistralspring.client.audio.speech.SpeechFormat;
import io.github.mistralspring.client.audio.speech.SpeechRequest;
import io.github.mistralspring.client.audio.speech.SpeechStreamEvent;
import io.github.mistralspring.client.audio.transcriptions.TimestampGranularity;
import io.github.mistralspring.client.audio.transcriptions.TranscriptionRequest;
import io.github.mistralspring.client.audio.transcriptions.TranscriptionResponse;
import io.github.mistralspring.client.audio.transcriptions.TranscriptionStreamEvent;
import io.github.mistralspring.client.audio.transcriptions.TranscriptionTextDeltaEvent;
import io.github.mistralspring.client.audio.voices.Voice;
import io.github.mistralspring.client.audio.voices.VoiceCreateRequest;
import io.github.mistralspring.client.audio.voices.VoiceUpdateRequest;
import io.github.mistralspring.client.error.MistralBadRequestException;
import io.github.mistralspring.client.error.MistralNotFoundException;
import io.github.mistralspring.client.files.FilePurpose;
import io.github.mistralspring.client.files.FileUploadRequest;
import io.github.mistralspring.client.files.StoredFile;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audio operations of the simulator, driven through the client: transcriptions (whole and
 * streamed, with delays), speech in every format, voices.
 */
class MockMistralAudioTests {

  @RegisterExtension static MockMistralExtension mistral = new MockMistralExtension();

  private MistralClient client;

  @BeforeEach
  void createClient() {
    client = MistralClient.builder().apiKey("k").baseUrl(mistral.baseUrl()).build();
  }

  @AfterEach
  void closeClient() {
    client.close();
  }

  /** A WAV clip of this many seconds, its samples drawn from the seed. */
  static byte[] wav(int seconds, long seed) {
    byte[] clip = AudioClips.wav(seconds * 1000, seed);
    // Change the samples, not the length: another recording of the same length.
    clip[100] ^= (byte) seed;
    return clip;
  }

  @Test
  void transcribesTheSameAudioToTheSameTextAndOtherAudioToOtherText(@TempDir Path dir)
      throws Exception {
    Path first = dir.resolve("first.wav");
    Files.write(first, wav(8, 1));
    Path second = dir.resolve("second.wav");
    Files.write(second, wav(8, 2));

    String once = client.audio().transcriptions().transcribe(first);
    String again = client.audio().transcriptions().transcribe(first);
    String other = client.audio().transcriptions().transcribe(second);

    assertThat(once).isEqualTo(again).isNotEqualTo(other).endsWith(".");
    assertThat(once.split(" ")).hasSizeGreaterThanOrEqualTo(16);
    RecordedRequest sent = mistral.server().takeRequest();
    assertThat(sent.path()).isEqualTo("/v1/audio/transcriptions");
    assertThat(sent.header("content-type")).startsWith("multipart/form-data");
  }

  @Test
  void readsTheLengthOfAWavFileForTheUsageAndTheSegments() {
    TranscriptionResponse transcription =
        client
            .audio()
            .transcriptions()
            .create(
                TranscriptionRequest.builder()
                    .file(wav(12, 3), "call.wav")
                    .diarize(true)
                    .timestampGranularities(TimestampGranularity.SEGMENT)
                    .language("fr")
                    .build());

    assertThat(transcription.model()).isEqualTo("voxtral-mini-2507");
    assertThat(transcription.language()).isEqualTo("fr");
    assertThat(transcription.usage().audioSeconds()).isEqualTo(12.0);
    assertThat(transcription.segments()).hasSizeGreaterThan(1);
    assertThat(transcription.segments().get(0).start()).isZero();
    assertThat(transcription.segments().get(transcription.segments().size() - 1).end())
        .isEqualTo(12.0);
    assertThat(transcription.segments())
        .extracting(segment -> segment.speakerId())
        .contains("speaker_1", "speaker_2");
    assertThat(String.join("", transcription.segments().stream().map(s -> s.text()).toList()))
        .isEqualTo(transcription.text());
  }

  @Test
  void streamsTheTranscriptionWithDelaysAndItFoldsIntoTheWholeOne() {
    TranscriptionRequest request =
        TranscriptionRequest.builder()
            .file(wav(4, 4), "short.wav")
            .timestampGranularities(TimestampGranularity.SEGMENT)
            .build();
    TranscriptionResponse whole = client.audio().transcriptions().create(request);
    mistral.server().tokenDelay(Duration.ofMillis(5));
    long start = System.nanoTime();
    List<TranscriptionStreamEvent> events;
    TranscriptionResponse folded;
    try (Stream<TranscriptionStreamEvent> stream =
        client.audio().transcriptions().stream(request)) {
      events = stream.toList();
    } finally {
      mistral.server().tokenDelay(Duration.ZERO);
    }
    long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
    folded = client.audio().transcriptions().streamAndAccumulate(request);

    assertThat(events.get(0).type()).isEqualTo("transcription.language");
    assertThat(events.get(events.size() - 1).type()).isEqualTo("transcription.done");
    assertThat(events).hasAtLeastOneElementOfType(TranscriptionTextDeltaEvent.class);
    assertThat(elapsedMillis).isGreaterThanOrEqualTo(5L * (events.size() - 1));
    assertThat(folded).isEqualTo(whole);
  }

  @Test
  void transcribesAnUploadedFileAndUsesAScriptedTranscript() {
    StoredFile uploaded =
        client
            .files()
            .upload(
                FileUploadRequest.of(
                    new ByteArrayInputStream(wav(2, 5)), "uploaded.wav", FilePurpose.AUDIO));
    mistral.server().enqueue(MockResponse.answer("Scripted words. Second sentence."));

    TranscriptionResponse scripted =
        client
            .audio()
            .transcriptions()
            .create(
                TranscriptionRequest.builder()
                    .fileId(uploaded.id())
                    .timestampGranularities(TimestampGranularity.SEGMENT)
                    .build());

    assertThat(scripted.text()).isEqualTo("Scripted words. Second sentence.");
    assertThat(scripted.segments()).hasSize(2);
    assertThatThrownBy(
            () ->
                client
                    .audio()
                    .transcriptions()
                    .create(TranscriptionRequest.builder().fileId("no-such-file").build()))
        .isInstanceOf(MistralNotFoundException.class);
  }

  @Test
  void refusesAChatModelThatUnderstandsAudioAsTheTranscriptionEndpointDoes() {
    assertThatThrownBy(
            () ->
                client
                    .audio()
                    .transcriptions()
                    .create(
                        TranscriptionRequest.builder()
                            .model("voxtral-small-latest")
                            .file(wav(1, 6), "a.wav")
                            .build()))
        .isInstanceOf(MistralBadRequestException.class)
        .hasMessageContaining("does not support transcription")
        .hasMessageContaining("voxtral-mini-latest");
  }

  @Test
  void speaksAValidWavFileAsLongAsTheTextTakesToSay() throws Exception {
    String text = "Hello from the Mistral simulator.";
    byte[] wav =
        client
            .audio()
            .speech()
            .create(SpeechRequest.builder().input(text).responseFormat(SpeechFormat.WAV).build())
            .audio();

    try (AudioInputStream decoded =
        AudioSystem.getAudioInputStream(new ByteArrayInputStream(wav))) {
      AudioFormat format = decoded.getFormat();
      assertThat(format.getSampleRate()).isEqualTo(16_000f);
      assertThat(format.getChannels()).isEqualTo(1);
      double seconds = decoded.getFrameLength() / format.getFrameRate();
      assertThat(seconds).isCloseTo(text.length() * 0.06, offset(0.01));
    }
  }

  @Test
  void speaksEveryFormatAsAFileOfThatFormat() {
    byte[] mp3 = speak(SpeechFormat.MP3);
    assertThat(mp3[0] & 0xff).isEqualTo(0xff);
    assertThat(mp3[1] & 0xe0).isEqualTo(0xe0);
    assertThat(mp3.length % 96).isZero();
    byte[] flac = speak(SpeechFormat.FLAC);
    assertThat(new String(flac, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("fLaC");
    assertThat(AudioClips.seconds(flac)).isGreaterThan(1.0);
    byte[] opus = speak(SpeechFormat.OPUS);
    assertThat(new String(opus, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("OggS");
    assertThat(new String(opus, 28, 8, StandardCharsets.US_ASCII)).isEqualTo("OpusHead");
    byte[] pcm = speak(SpeechFormat.PCM);
    assertThat(pcm.length % 4).isZero();
    float sample = ByteBuffer.wrap(pcm).order(ByteOrder.LITTLE_ENDIAN).getFloat(400);
    assertThat(sample).isBetween(-1f, 1f);
  }

  private byte[] speak(SpeechFormat format) {
    return client
        .audio()
        .speech()
        .create(
            SpeechRequest.builder()
                .input("A sentence long enough for some frames.")
                .responseFormat(format)
                .build())
        .audio();
  }

  @Test
  void streamsSpeechInPiecesThatMakeTheWholeFile(@TempDir Path dir) throws Exception {
    SpeechRequest request =
        SpeechRequest.builder()
            .input("A longer text, spoken in pieces by the simulator, one after the other.")
            .voiceId("narrator")
            .responseFormat(SpeechFormat.WAV)
            .build();
    byte[] whole = client.audio().speech().create(request).audio();

    List<SpeechStreamEvent> events;
    try (Stream<SpeechStreamEvent> stream = client.audio().speech().stream(request)) {
      events = stream.toList();
    }
    Path file = client.audio().speech().createTo(request, dir.resolve("spoken.wav"));

    assertThat(events.stream().filter(SpeechAudioDeltaEvent.class::isInstance).count())
        .isGreaterThan(1);
    assertThat(events.get(events.size() - 1)).isInstanceOf(SpeechDoneEvent.class);
    assertThat(((SpeechDoneEvent) events.get(events.size() - 1)).usage().totalTokens())
        .isPositive();
    assertThat(Files.readAllBytes(file)).isEqualTo(whole);
  }

  @Test
  void createsListsUpdatesAndDeletesVoicesAndServesTheirSample() throws Exception {
    byte[] sample = wav(1, 7);
    Voice created =
        client
            .audio()
            .voices()
            .create(
                VoiceCreateRequest.builder()
                    .name("Narrator")
                    .sample(sample, "narrator.wav")
                    .languages("en")
                    .build());
    client
        .audio()
        .voices()
        .create(VoiceCreateRequest.builder().name("Second").sample(sample, null).build());

    assertThat(created.name()).isEqualTo("Narrator");
    assertThat(created.languages()).containsExactly("en");
    assertThat(created.retentionNotice()).isEqualTo(30);
    assertThat(client.audio().voices().list(1, 1).data())
        .extracting(Voice::name)
        .containsExactly("Second");
    assertThat(client.audio().voices().list(1, 1).totalPages()).isEqualTo(2);
    try (Stream<Voice> all = client.audio().voices().listAll()) {
      assertThat(all.map(Voice::name)).containsExactly("Narrator", "Second");
    }
    try (InputStream downloaded = client.audio().voices().downloadSample(created.id())) {
      assertThat(downloaded.readAllBytes()).isEqualTo(sample);
    }
    assertThat(
            client
                .audio()
                .voices()
                .update(created.id(), VoiceUpdateRequest.builder().name("Bard").age(50).build()))
        .satisfies(
            voice -> {
              assertThat(voice.name()).isEqualTo("Bard");
              assertThat(voice.age()).isEqualTo(50);
              assertThat(voice.languages()).containsExactly("en");
            });
    assertThat(client.audio().voices().delete(created.id()).name()).isEqualTo("Bard");
    assertThatThrownBy(() -> client.audio().voices().retrieve(created.id()))
        .isInstanceOf(MistralNotFoundException.class);
  }
}
