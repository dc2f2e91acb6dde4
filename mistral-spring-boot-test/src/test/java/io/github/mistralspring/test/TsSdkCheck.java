package io.github.mistralspring.test;

import java.io.File;
import java.io.IOException;
import java.util.concurrent.TimeUnit;

/**
 * Starts the simulator and runs the official TypeScript SDK's check against it (Maven profile
 * {@code ts-sdk}, which first runs {@code npm ci} in the directory given). Exits with the check's
 * status, or 1 when node is missing or the check runs out of time, so the build fails.
 */
public final class TsSdkCheck {

  private static final long TIMEOUT_SECONDS = 120;

  private TsSdkCheck() {}

  /** Runs {@code node check.mjs <baseUrl>} in the directory given, exiting with its status. */
  public static void main(String[] args) throws InterruptedException {
    if (args.length != 1) {
      System.err.println("Usage: TsSdkCheck <directory holding check.mjs and node_modules>");
      System.exit(2);
    }
    long start = System.nanoTime();
    int status;
    try (MockMistralServer server = MockMistralServer.start()) {
      Process node =
          new ProcessBuilder("node", "check.mjs", server.baseUrl())
              .directory(new File(args[0]))
              .inheritIO()
              .start();
      if (node.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        status = node.exitValue();
      } else {
        node.destroyForcibly();
        System.err.println("The TypeScript SDK check took over " + TIMEOUT_SECONDS + " s");
        status = 1;
      }
    } catch (IOException cannotStart) {
      System.err.println("Could not run node: " + cannotStart.getMessage());
      status = 1;
    }
    System.out.printf(
        "TypeScript SDK check %s in %d ms%n",
        status == 0 ? "passed" : "FAILED (exit " + status + ")",
        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
    System.exit(status);
  }
}
