package io.github.mistralspring.simulator;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Starts the simulator's jar with {@code java -jar} on a free port and runs the official TypeScript
 * SDK's check against it (Maven profile {@code ts-sdk} of mistral-simulator, which first runs
 * {@code npm ci} in the directory given). Exits with the check's status, or 1 when the jar or node
 * cannot start or a step runs out of time, so the build fails.
 */
public final class TsSdkCheck {

  private static final long START_SECONDS = 60;
  private static final long CHECK_SECONDS = 180;
  private static final String LISTENING = "Mistral simulator listening on ";

  private TsSdkCheck() {}

  /**
   * Runs the check.
   *
   * @param args the simulator's jar, and the directory holding check.mjs and node_modules
   */
  public static void main(String[] args) throws InterruptedException {
    if (args.length != 2) {
      System.err.println("Usage: TsSdkCheck <mistral-simulator.jar> <directory of check.mjs>");
      System.exit(2);
    }
    long start = System.nanoTime();
    int status;
    Process simulator = null;
    try {
      String java =
          System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
      simulator =
          new ProcessBuilder(java, "-jar", args[0], "--port", "0", "--seed", "17")
              .redirectErrorStream(true)
              .start();
      String baseUrl = baseUrl(simulator);
      System.out.println("Started java -jar " + args[0] + " at " + baseUrl);
      Process node =
          new ProcessBuilder("node", "check.mjs", baseUrl)
              .directory(new File(args[1]))
              .inheritIO()
              .start();
      if (node.waitFor(CHECK_SECONDS, TimeUnit.SECONDS)) {
        status = node.exitValue();
      } else {
        node.destroyForcibly();
        System.err.println("The TypeScript SDK check took over " + CHECK_SECONDS + " s");
        status = 1;
      }
    } catch (IOException | ExecutionException | TimeoutException cannotRun) {
      System.err.println("Could not run the check: " + cannotRun);
      status = 1;
    } finally {
      if (simulator != null) {
        simulator.destroy();
        if (!simulator.waitFor(10, TimeUnit.SECONDS)) {
          simulator.destroyForcibly();
        }
      }
    }
    System.out.printf(
        "TypeScript SDK check %s in %d ms%n",
        status == 0 ? "passed" : "FAILED (exit " + status + ")",
        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
    System.exit(status);
  }

  /**
   * The base URL the simulator prints on its first line; its further output is echoed, so that a
   * failure shows what it said.
   */
  private static String baseUrl(Process simulator)
      throws ExecutionException, InterruptedException, TimeoutException {
    BufferedReader output =
        new BufferedReader(
            new InputStreamReader(simulator.getInputStream(), StandardCharsets.UTF_8));
    CompletableFuture<String> url = new CompletableFuture<>();
    Thread reader =
        new Thread(
            () -> {
              try {
                for (String line = output.readLine(); line != null; line = output.readLine()) {
                  System.out.println("[simulator] " + line);
                  if (line.startsWith(LISTENING)) {
                    url.complete(line.substring(LISTENING.length()).strip());
                  }
                }
                url.completeExceptionally(new IOException("The simulator exited before listening"));
              } catch (IOException closed) {
                url.completeExceptionally(closed);
              }
            },
            "simulator-output");
    reader.setDaemon(true);
    reader.start();
    return url.get(START_SECONDS, TimeUnit.SECONDS);
  }
}
