package io.github.mistralspring.client.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a test's main class in a JVM of its own, with the test's class path and the given JVM
 * options: for what the test JVM cannot show (a capped heap, the classes a fresh JVM loads, loggers
 * configured before anything logs).
 *
 * <p>The child's standard output and error are read as they come, so it never blocks on a full
 * pipe. The wait is bounded: a child still running at the bound is killed, with whatever it
 * started, and the run fails with its output. A child that exits with a status other than 0 fails
 * the run with its output too.
 */
public final class ForkedJvm {

  private static final Pattern VALUE = Pattern.compile("([A-Za-z0-9_.\\-]+)=(.*)");

  private final Class<?> main;
  private final List<String> jvmOptions = new ArrayList<>();
  private final List<String> args = new ArrayList<>();
  private Duration bound = Duration.ofMinutes(5);

  private ForkedJvm(Class<?> main) {
    this.main = main;
  }

  /** A JVM that runs {@code main}'s {@code main} method. */
  public static ForkedJvm of(Class<?> main) {
    return new ForkedJvm(main);
  }

  /** Adds options of the JVM itself, such as {@code -Xmx128m}. */
  public ForkedJvm jvmOptions(String... options) {
    jvmOptions.addAll(List.of(options));
    return this;
  }

  /** Adds options of the JVM itself, such as {@code -Xmx128m}. */
  public ForkedJvm jvmOptions(List<String> options) {
    jvmOptions.addAll(options);
    return this;
  }

  /** Adds arguments of the main method. */
  public ForkedJvm args(String... arguments) {
    args.addAll(List.of(arguments));
    return this;
  }

  /**
   * How long the child may run before it is taken for hung and killed; five minutes unless set. A
   * bound only catches a hang: it is set far above what the child takes on a busy machine.
   */
  public ForkedJvm bound(Duration bound) {
    this.bound = bound;
    return this;
  }

  /**
   * Starts the JVM, waits for it to end and returns what it printed.
   *
   * @throws AssertionError if it did not end within the bound or ended with a status other than 0
   */
  public Output run() throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(javaCommand());
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(main.getName());
    command.addAll(args);
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    Thread reader = new Thread(() -> drain(process.getInputStream(), printed), "forked-jvm-output");
    reader.setDaemon(true);
    reader.start();
    boolean ended = process.waitFor(bound.toMillis(), TimeUnit.MILLISECONDS);
    if (!ended) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      process.waitFor(30, TimeUnit.SECONDS);
    }
    // The pipe closes when the child is gone; the bound only guards against a grandchild that
    // holds it open.
    reader.join(30_000);
    String text;
    synchronized (printed) {
      text = printed.toString(StandardCharsets.UTF_8);
    }
    if (!ended) {
      throw new AssertionError(
          main.getSimpleName()
              + " did not end within "
              + bound
              + " and was killed; output:\n"
              + text);
    }
    if (process.exitValue() != 0) {
      throw new AssertionError(
          main.getSimpleName() + " exited with " + process.exitValue() + "; output:\n" + text);
    }
    return new Output(text);
  }

  private static String javaCommand() {
    return ProcessHandle.current()
        .info()
        .command()
        .orElseGet(() -> Path.of(System.getProperty("java.home"), "bin", "java").toString());
  }

  private static void drain(InputStream in, ByteArrayOutputStream printed) {
    byte[] buffer = new byte[8192];
    try (in) {
      int read;
      while ((read = in.read(buffer)) >= 0) {
        synchronized (printed) {
          printed.write(buffer, 0, read);
        }
      }
    } catch (IOException ended) {
      // The child ended or was killed: what it printed so far is kept.
    }
  }

  /** What a forked JVM printed, standard output and error together. */
  public record Output(String text) {

    /** The printed lines. */
    public List<String> lines() {
      return List.of(text.split("\\R"));
    }

    /**
     * The {@code key=value} lines, in order: a key of letters, digits, {@code _}, {@code .} and
     * {@code -} at the start of a line, the value the rest of the line; the last of a key wins.
     */
    public Map<String, String> values() {
      Map<String, String> values = new LinkedHashMap<>();
      for (String line : lines()) {
        Matcher matcher = VALUE.matcher(line);
        if (matcher.matches()) {
          values.put(matcher.group(1), matcher.group(2));
        }
      }
      return values;
    }

    @Override
    public String toString() {
      return text;
    }
  }
}
