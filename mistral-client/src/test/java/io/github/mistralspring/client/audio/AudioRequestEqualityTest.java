package io.github.mistralspring.client.audio;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mistralspring.client.audio.speech.SpeechFormat;
import io.github.mistralspring.client.audio.speech.SpeechRequest;
import io.github.mistralspring.client.audio.transcriptions.TimestampGranularity;
import io.github.mistralspring.client.audio.transcriptions.TranscriptionRequest;
import io.github.mistralspring.client.audio.voices.VoiceCreateRequest;
import io.github.mistralspring.client.audio.voices.VoiceUpdateRequest;
import io.github.mistralspring.client.embeddings.EmbeddingRequest;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Two builders given the same values build equal requests; a different value, unequal ones. */
class AudioRequestEqualityTest {

  private static final byte[] CLIP = {82, 73, 70, 70, 1, 2, 3};

  @Test
  void speechRequestsBuiltAlikeAreEqualAndTheirTextStaysOutOfToString() {
    Supplier<SpeechRequest.Builder> builder =
        () ->
            SpeechRequest.builder()
                .model("voxtral-mini-tts-2603")
                .input("A private sentence")
                .refAudio(CLIP)
                .responseFormat(SpeechFormat.WAV)
                .extraBody("speed", 1.1);

    assertEqualButNot(builder.get().build(), builder.get().build(), builder.get().input("Other"));
    assertThat(builder.get().build().toString())
        .doesNotContain("private")
        .contains("18 characters");
  }

  @Test
  void transcriptionRequestsBuiltAlikeAreEqual() {
    Supplier<TranscriptionRequest.Builder> builder =
        () ->
            TranscriptionRequest.builder()
                .model("voxtral-mini-latest")
                .file(Path.of("call.mp3"))
                .language("fr")
                .temperature(0)
                .diarize(true)
                .addContextBias("Voxtral")
                .timestampGranularities(TimestampGranularity.SEGMENT)
                .extraField("x_field", "1");

    assertEqualButNot(
        builder.get().build(), builder.get().build(), builder.get().file(CLIP, "call.mp3"));
    assertThat(TranscriptionRequest.builder().file(CLIP, "a.wav").build())
        .isEqualTo(TranscriptionRequest.builder().file(CLIP.clone(), "a.wav").build());
  }

  @Test
  void voiceCreationsBuiltAlikeAreEqualAndTheirSampleStaysOutOfToString() {
    Supplier<VoiceCreateRequest.Builder> builder =
        () ->
            VoiceCreateRequest.builder()
                .name("Narrator")
                .slug("narrator")
                .languages("en", "fr")
                .gender("female")
                .age(40)
                .tags(List.of("calm"))
                .color("#3366ff")
                .retentionNotice(7)
                .sampleBase64("UklGRgECAw==", "sample.wav")
                .extraBody("x_extra", true);

    assertEqualButNot(builder.get().build(), builder.get().build(), builder.get().age(41));
    assertThat(builder.get().build().toString()).doesNotContain("UklGR");
  }

  @Test
  void voiceUpdatesBuiltAlikeAreEqual() {
    Supplier<VoiceUpdateRequest.Builder> builder =
        () ->
            VoiceUpdateRequest.builder()
                .name("Bard")
                .languages("en")
                .gender("male")
                .age(50)
                .tags(List.of())
                .extraBody("x_extra", 1);

    assertEqualButNot(builder.get().build(), builder.get().build(), builder.get().tags(null));
  }

  @Test
  void embeddingRequestsBuiltAlikeAreEqual() {
    Supplier<EmbeddingRequest.Builder> builder =
        () ->
            EmbeddingRequest.builder()
                .model("mistral-embed")
                .input(List.of("a", "b"))
                .outputDimension(256);

    assertEqualButNot(
        builder.get().build(), builder.get().build(), builder.get().outputDimension(512));
  }

  private static void assertEqualButNot(Object one, Object same, Object differentBuilder) {
    assertThat(one).isEqualTo(same).hasSameHashCodeAs(same);
    try {
      Object different = differentBuilder.getClass().getMethod("build").invoke(differentBuilder);
      assertThat(different).isNotEqualTo(one);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}
