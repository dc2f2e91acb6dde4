package io.github.mistralspring.client.audio;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mistralspring.client.testsupport.ForkedJvm;
import io.github.mistralspring.client.testsupport.PatternContent;
import io.github.mistralspring.client.testsupport.StreamingChecksumServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 200 MB audio upload to the transcription endpoint and 200 MB of streamed speech written to a
 * path, with the client in a JVM whose heap is capped at 128 MB, against a loopback server that
 * checksums the upload as it arrives and generates the speech without holding it.
 */
class LargeAudioTransferTest {

  private static final long SIZE = 200L * 1024 * 1024;

  @Test
  // A hang guard, above the forked JVM's own bound so that a hung child is shown with its output.
  @Timeout(value = 6, unit = TimeUnit.MINUTES)
  void transcribes200MegabytesAndWrites200MegabytesOfSpeechWithA128MegabyteHeap(@TempDir Path dir)
      throws Exception {
    Path audio = dir.resolve("long-meeting.wav");
    Path speech = dir.resolve("reading.pcm");
    PatternContent.writeFile(audio, SIZE);
    String expected = PatternContent.sha256(SIZE);

    try (StreamingChecksumServer server = new StreamingChecksumServer(SIZE)) {
      Map<String, String> reported =
          ForkedJvm.of(LargeAudioClientMain.class)
              .jvmOptions("-Xmx128m")
              .args(server.baseUrl(), audio.toString(), speech.toString())
              .run()
              .values();

      System.out.printf(
          "200 MB with -Xmx128m: transcription upload %s ms, speech stream %s ms, max heap %s"
              + " bytes%n",
          reported.get("UPLOAD_MS"), reported.get("SPEECH_MS"), reported.get("MAX_HEAP"));
      assertThat(Long.parseLong(reported.get("MAX_HEAP"))).isLessThanOrEqualTo(128L << 20);
      assertThat(server.uploadedFilename()).isEqualTo("long-meeting.wav");
      assertThat(server.uploadedModel()).isEqualTo("voxtral-mini-latest");
      assertThat(server.uploadedBytes()).isEqualTo(SIZE);
      assertThat(server.uploadedSha256()).isEqualTo(expected);
      assertThat(reported.get("TRANSCRIPT")).isEqualTo("received " + SIZE + " bytes");
      assertThat(Files.size(speech)).isEqualTo(SIZE);
      assertThat(reported.get("SPEECH_SHA256")).isEqualTo(expected);
    }
  }
}
