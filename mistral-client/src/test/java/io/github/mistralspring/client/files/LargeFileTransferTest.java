package io.github.mistralspring.client.files;

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
 * A 512 MB upload from a path and a 512 MB download to a path, with the client in a JVM whose heap
 * is capped at 128 MB, against a loopback server that checksums what it receives as it arrives.
 */
class LargeFileTransferTest {

  private static final long SIZE = 512L * 1024 * 1024;

  @Test
  // A hang guard, above the forked JVM's own bound so that a hung child is shown with its output.
  @Timeout(value = 6, unit = TimeUnit.MINUTES)
  void uploadsAndDownloads512MegabytesWithA128MegabyteHeap(@TempDir Path dir) throws Exception {
    Path upload = dir.resolve("large-training-set.jsonl");
    Path download = dir.resolve("downloaded.bin");
    PatternContent.writeFile(upload, SIZE);
    String expected = PatternContent.sha256(SIZE);

    try (StreamingChecksumServer server = new StreamingChecksumServer(SIZE)) {
      Map<String, String> reported =
          ForkedJvm.of(LargeTransferClientMain.class)
              .jvmOptions("-Xmx128m")
              .args(server.baseUrl(), upload.toString(), download.toString())
              .run()
              .values();

      System.out.printf(
          "512 MB with -Xmx128m: upload %s ms, download %s ms, max heap %s bytes%n",
          reported.get("UPLOAD_MS"), reported.get("DOWNLOAD_MS"), reported.get("MAX_HEAP"));
      assertThat(Long.parseLong(reported.get("MAX_HEAP"))).isLessThanOrEqualTo(128L << 20);
      assertThat(server.uploadedFilename()).isEqualTo("large-training-set.jsonl");
      assertThat(server.uploadedPurpose()).isEqualTo("fine-tune");
      assertThat(server.uploadedBytes()).isEqualTo(SIZE);
      assertThat(server.uploadedSha256()).isEqualTo(expected);
      assertThat(reported.get("UPLOAD_BYTES")).isEqualTo(Long.toString(SIZE));
      assertThat(Files.size(download)).isEqualTo(SIZE);
      assertThat(reported.get("DOWNLOAD_SHA256")).isEqualTo(expected);
    }
  }
}
