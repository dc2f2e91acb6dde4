package io.github.mistralspring.springai.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mistralspring.client.MistralClient;
import io.github.mistralspring.client.error.MistralBadRequestException;
import io.github.mistralspring.client.model.UsageInfo;
import io.github.mistralspring.springai.Simulators;
import io.github.mistralspring.test.MockMistralExtension;
import io.github.mistralspring.test.MockResponse;
import io.github.mistralspring.test.RecordedRequest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.ai.audio.transcription.AudioTranscriptionPrompt;
import org.springframework.ai.audio.transcription.AudioTranscriptionResponse;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import reactor.test.StepVerifier;

/** {@link MistralTranscriptionModel} against the Mistral simulator. */
class MistralTranscriptionModelTests {

  @RegisterExtension static MockMistralExtension mistral = new MockMistralExtension();

  private MistralClient client;
  private MistralTranscriptionModel model;

  @BeforeEach
  void setUp() {
    client = Simulators.client(mistral.server());
    model = new MistralTranscriptionModel(client);
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  /** A mono 16 kHz WAV clip of this many seconds, its samples drawn from the seed. */
  static byte[] wav(int seconds, int seed) {
    byte[] samples = new byte[16_000 * 2 * seconds];
    for (int i = 0; i < samples.length; i++) {
      samples[i] = (byte) ((i * 31 + seed * 7) % 251);
    }
    AudioFormat format = new AudioFormat(16_000, 16, 1, true, false);
    try (AudioInputStream stream =
        new AudioInputStream(new ByteArrayInputStream(samples), format, samples.length / 2)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      AudioSystem.write(stream, AudioFileFormat.Type.WAVE, out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Resource named(byte[] audio, String filename) {
    return new ByteArrayResource(audio) {
      @Override
      public String getFilename() {
        return filename;
      }
    };
  }

  /** The text of a multipart form field of a recorded request. */
  private static String field(RecordedRequest request, String name) {
    String body = request.body();
    String marker = "name=\"" + name + "\"";
    int at = body.indexOf(marker);
    if (at < 0) {
      return null;
    }
    int start = body.indexOf("\r\n\r\n", at) + 4;
    return body.substring(start, body.indexOf("\r\n", start));
  }

  @Test
  void transcribesAResourceWithTheClientsDefaultModelAndReportsTheUsage() {
    mistral.server().enqueue(MockResponse.answer("Hello from the call. Goodbye."));

    AudioTranscriptionResponse response =
        model.call(new AudioTranscriptionPrompt(named(wav(3, 1), "call.wav")));

    assertThat(response.getResult().getOutput()).isEqualTo("Hello from the call. Goodbye.");
    assertThat((String) response.getMetadata().get(MistralTranscriptionModel.MODEL))
        .startsWith("voxtral-mini");
    assertThat((Double) response.getMetadata().get(MistralTranscriptionModel.AUDIO_SECONDS))
        .isEqualTo(3.0);
    assertThat((UsageInfo) response.getMetadata().get(MistralTranscriptionModel.USAGE)).isNotNull();
    RecordedRequest sent = mistral.server().takeRequest();
    assertThat(sent.method()).isEqualTo("POST");
    assertThat(sent.path()).isEqualTo("/v1/audio/transcriptions");
    assertThat(field(sent, "model")).isEqualTo("voxtral-mini-latest");
    assertThat(sent.body()).contains("filename=\"call.wav\"");
  }

  @Test
  void theSameAudioReadsTheSameThroughTranscribe() {
    byte[] audio = wav(4, 2);

    String once = model.transcribe(named(audio, "a.wav"));
    String again = model.transcribe(named(audio, "b.wav"));
    String other = model.transcribe(named(wav(4, 3), "c.wav"));

    assertThat(once).isNotBlank().isEqualTo(again).isNotEqualTo(other);
  }

  @Test
  void theOptionsOfThePromptWinOverTheDefaultsAndReachTheForm() {
    MistralTranscriptionModel configured =
        new MistralTranscriptionModel(
            client,
            MistralTranscriptionOptions.builder()
                .model("voxtral-mini-2507")
                .language("en")
                .filename("default.wav")
                .build());

    configured.call(
        new AudioTranscriptionPrompt(
            new ByteArrayResource(wav(1, 4)),
            MistralTranscriptionOptions.builder()
                .language("fr")
                .temperature(0.2)
                .diarize(true)
                .contextBias(List.of("Mistral", "Voxtral"))
                .build()));

    RecordedRequest sent = mistral.server().takeRequest();
    assertThat(field(sent, "model")).isEqualTo("voxtral-mini-2507");
    assertThat(field(sent, "language")).isEqualTo("fr");
    assertThat(field(sent, "temperature")).isEqualTo("0.2");
    assertThat(field(sent, "diarize")).isEqualTo("true");
    assertThat(sent.body()).contains("Mistral").contains("Voxtral");
    // A ByteArrayResource has no name: the options' name is used.
    assertThat(sent.body()).contains("filename=\"default.wav\"");
  }

  @Test
  void aResourceWithoutANameIsSentUnderAPlainOne() {
    model.call(new AudioTranscriptionPrompt(new ByteArrayResource(wav(1, 5))));

    assertThat(mistral.server().takeRequest().body())
        .contains("filename=\"" + MistralTranscriptionModel.DEFAULT_FILENAME + "\"");
  }

  @Test
  void aStreamThatCanBeReadOnceIsUploaded() {
    mistral.server().enqueue(MockResponse.answer("Read once."));

    String text =
        model.transcribe(
            new InputStreamResource(new ByteArrayInputStream(wav(1, 6))),
            MistralTranscriptionOptions.builder().filename("once.wav").build());

    assertThat(text).isEqualTo("Read once.");
  }

  @Test
  void aChatModelThatUnderstandsAudioIsRefusedWithTheAdvice() {
    assertThatThrownBy(
            () ->
                model.call(
                    new AudioTranscriptionPrompt(
                        named(wav(1, 7), "a.wav"),
                        MistralTranscriptionOptions.builder()
                            .model("voxtral-small-latest")
                            .build())))
        .isInstanceOf(MistralBadRequestException.class)
        .hasMessageContaining("voxtral-mini-latest");
  }

  @Test
  void streamsPiecesOfTextThatMakeTheWholeTranscript() {
    byte[] audio = wav(4, 8);
    String whole = model.transcribe(named(audio, "whole.wav"));

    List<AudioTranscriptionResponse> responses =
        model.stream(new AudioTranscriptionPrompt(named(audio, "whole.wav")))
            .collectList()
            .block(Simulators.TIMEOUT);

    assertThat(responses).hasSizeGreaterThan(2);
    assertThat(String.join("", responses.stream().map(r -> r.getResult().getOutput()).toList()))
        .isEqualTo(whole);
    AudioTranscriptionResponse last = responses.get(responses.size() - 1);
    assertThat((Double) last.getMetadata().get(MistralTranscriptionModel.AUDIO_SECONDS))
        .isEqualTo(4.0);
    assertThat((String) responses.get(0).getMetadata().get(MistralTranscriptionModel.LANGUAGE))
        .isNotBlank();
  }

  @Test
  void streamTranscribeGivesTheTextPieces() {
    mistral.server().enqueue(MockResponse.answer("Streamed words here."));

    StepVerifier.create(
            model.streamTranscribe(named(wav(2, 9), "s.wav")).reduce("", String::concat))
        .expectNext("Streamed words here.")
        .expectComplete()
        .verify(Duration.ofSeconds(20));
  }

  @Test
  void aPromptWithoutAudioIsRefusedBeforeAnythingIsSent() {
    assertThatThrownBy(() -> model.call(new AudioTranscriptionPrompt(null)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no audio");
  }
}
