package io.github.mistralspring.test;

import java.io.File;
import java.io.IOException;

/**
 * Starts the simulator and runs the official TypeScript SDK's check against it (profile ts-sdk).
 */
public final class TsSdkCheck {

  private TsSdkCheck() {}

  /** Runs {@code node check.mjs <baseUrl>} in the directory given, exiting with its status. */
  public static void main(String[] args) throws IOException, InterruptedException {
    int status;
    try (MockMistralServer server = MockMistralServer.start()) {
      Process node =
          new ProcessBuilder("node", "check.mjs", server.baseUrl())
              .directory(new File(args[0]))
              .inheritIO()
              .start();
      status = node.waitFor();
    }
    System.exit(status);
  }
}
