package io.github.mistralspring.client.files;

import io.github.mistralspring.client.MistralClient;
import io.github.mistralspring.client.testsupport.PatternContent;
import io.github.mistralspring.client.testsupport.StreamingChecksumServer;
import java.nio.file.Path;

/**
 * The client side of {@link LargeFileTransferTest}, run in its own JVM with a capped heap: uploads
 * a file from a path, downloads one to a path, and prints what the parent checks.
 */
public final class LargeTransferClientMain {

  private LargeTransferClientMain() {}

  /** Arguments: base URL, file to upload, path to download to. */
  public static void main(String[] args) throws Exception {
    String baseUrl = args[0];
    Path upload = Path.of(args[1]);
    Path target = Path.of(args[2]);
    try (MistralClient client = StreamingChecksumServer.client(baseUrl)) {
      FilesApi files = client.files();
      long start = System.nanoTime();
      StoredFile stored = files.upload(upload, FilePurpose.FINE_TUNE);
      long uploaded = System.nanoTime();
      files.downloadTo("big", target);
      long downloaded = System.nanoTime();
      System.out.println("UPLOAD_ID=" + stored.id());
      System.out.println("UPLOAD_BYTES=" + stored.bytes());
      System.out.println("UPLOAD_MS=" + (uploaded - start) / 1_000_000);
      System.out.println("DOWNLOAD_MS=" + (downloaded - uploaded) / 1_000_000);
      System.out.println("DOWNLOAD_SHA256=" + PatternContent.sha256(target));
      System.out.println("MAX_HEAP=" + Runtime.getRuntime().maxMemory());
    }
  }
}
