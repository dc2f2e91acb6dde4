package io.github.mistralspring.client.audio;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mistralspring.client.testsupport.PatternContent;
import io.github.mistralspring.client.testsupport.StreamingChecksumServer;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
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
  @Timeout(value = 180, unit = TimeUnit.SECONDS)
  void transcribes200MegabytesAndWrites200MegabytesOfSpeechWithA128MegabyteHeap(@TempDir Path dir)
      throws Exception {
    Path audio = dir.resolve("long-meeting.wav");
    Path speech = dir.resolve("reading.pcm");
    PatternContent.writeFile(audio, SIZE);
    String expected = PatternContent.sha256(SIZE);

    try (StreamingChecksumServer server = new StreamingChecksumServer(SIZE)) {
      String java = ProcessHandle.current().info().command().orElse("java");
      Process child =
          new ProcessBuilder(
                  List.of(
                      java,
                      "-Xmx128m",
                      "-cp",
                      System.getProperty("java.class.path"),
                      LargeAudioClientMain.class.getName(),
                      server.baseUrl(),
                      audio.toString(),
                      speech.toString()))
              .redirectErrorStream(true)
              .start();
      Map<String, String> reported = new HashMap<>();
      StringBuilder output = new StringBuilder();
      try (BufferedReader lines =
          new BufferedReader(
              new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
        String line;
        while ((line = lines.readLine()) != null) {
          output.append(line).append('\n');
          int equals = line.indexOf('=');
          if (equals > 0 && line.matches("[A-Z_0-9]+=.*")) {
            reported.put(line.substring(0, equals), line.substring(equals + 1));
          }
        }
      }
      assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
      assertThat(child.exitValue()).as("client JVM output:%n%s", output).isZero();

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
