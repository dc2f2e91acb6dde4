package io.github.mistralspring.simulator;

import io.github.mistralspring.test.MockMistralServer;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The command line of the Mistral simulator: {@code java -jar mistral-simulator.jar --port 8089
 * [--host 0.0.0.0] [--require-key KEY] [--token-delay 30ms] [--seed N]}. It prints where it listens
 * and runs until it is stopped (Ctrl+C, {@code docker stop}).
 */
public final class MistralSimulator {

  /** The port the simulator listens on when {@code --port} is not given. */
  public static final int DEFAULT_PORT = 8089;

  private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s)");

  static final String USAGE =
      """
      Usage: java -jar mistral-simulator.jar [options]

        --port N            the port to listen on (default 8089; 0 picks a free one)
        --host ADDRESS      the address to listen on (default 127.0.0.1, this machine only;
                            0.0.0.0 for every interface, as in a container)
        --require-key KEY   answer 401, as the API does, to requests without
                            "Authorization: Bearer KEY" (default: any key, or none)
        --token-delay TIME  the pause between two stream events, such as 30ms or 0.5s
                            (default none)
        --seed N            fix ids and timestamps: the same seed and requests give the same
                            ones (default: random ids, wall-clock timestamps)
        --help              print this and exit
        --version           print the version and exit

      The Mistral API answers under http://HOST:PORT/v1/..., the control API (scripted answers,
      failures, recorded requests, reset) under http://HOST:PORT/__mistral/...
      """;

  /** The settings read from the command line. */
  record Options(String host, int port, String requiredKey, Duration tokenDelay, Long seed) {}

  /** A command line that cannot be run, with the message that says why and what to give. */
  static final class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }

  private MistralSimulator() {}

  /**
   * Starts the simulator and runs until the JVM is stopped; exits with status 2 and a message
   * naming the option at fault when the command line is wrong.
   *
   * @param args the command line, as the usage above describes
   */
  public static void main(String[] args) {
    for (String arg : args) {
      if ("--help".equals(arg) || "-h".equals(arg)) {
        System.out.print(USAGE);
        return;
      }
      if ("--version".equals(arg)) {
        System.out.println("mistral-simulator " + version());
        return;
      }
    }
    Options options;
    try {
      options = parse(args);
    } catch (UsageException wrong) {
      System.err.println("mistral-simulator: " + wrong.getMessage());
      System.err.print(USAGE);
      System.exit(2);
      return;
    }
    MockMistralServer server;
    try {
      server = start(options, System.out);
    } catch (RuntimeException cannotBind) {
      System.err.println(
          "mistral-simulator: cannot listen on "
              + options.host()
              + ":"
              + options.port()
              + " ("
              + rootMessage(cannotBind)
              + "); pick another --port, or 0 for a free one");
      System.exit(1);
      return;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  stopped.countDown();
                },
                "mistral-simulator-shutdown"));
    try {
      // A server runs until it is stopped: this wait ends with the JVM's shutdown, by design.
      stopped.await();
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Starts a simulator with these options and prints where it listens: the first line is {@code
   * Mistral simulator listening on <base URL>}, which scripts may read.
   */
  static MockMistralServer start(Options options, PrintStream out) {
    MockMistralServer.Builder builder =
        MockMistralServer.builder()
            .host(options.host())
            .port(options.port())
            .tokenDelay(options.tokenDelay())
            .requireApiKey(options.requiredKey());
    if (options.seed() != null) {
      builder.seed(options.seed());
    }
    MockMistralServer server = builder.start();
    out.println("Mistral simulator listening on " + server.baseUrl());
    if (!"127.0.0.1".equals(options.host()) && !"localhost".equals(options.host())) {
      out.println("  bound to " + options.host() + ":" + server.port());
    }
    out.println("  control API:  " + server.controlUrl() + " (GET /health, POST /responses, ...)");
    out.println(
        "  ids and times: "
            + (options.seed() == null
                ? "random ids, wall-clock timestamps (--seed N fixes them)"
                : "fixed by seed " + options.seed()));
    out.println(
        "  API key:      "
            + (options.requiredKey() == null
                ? "any (--require-key KEY checks it)"
                : "required (Authorization: Bearer <the key given>)"));
    out.println(
        "  token delay:  "
            + (options.tokenDelay().isZero() ? "none" : options.tokenDelay().toMillis() + " ms"));
    out.flush();
    return server;
  }

  /** Reads the command line; a later option wins over an earlier one. */
  static Options parse(String[] args) throws UsageException {
    String host = "127.0.0.1";
    int port = DEFAULT_PORT;
    String key = null;
    Duration tokenDelay = Duration.ZERO;
    Long seed = null;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      String name = arg;
      String value = null;
      int equals = arg.indexOf('=');
      if (arg.startsWith("--") && equals > 0) {
        name = arg.substring(0, equals);
        value = arg.substring(equals + 1);
      }
      switch (name) {
        case "--port" -> {
          value = value != null ? value : next(args, ++i, name, "a port such as 8089");
          port = port(value);
        }
        case "--host" -> {
          value = value != null ? value : next(args, ++i, name, "an address such as 0.0.0.0");
          if (value.isBlank()) {
            throw new UsageException("--host needs an address such as 127.0.0.1 or 0.0.0.0");
          }
          host = value.strip();
        }
        case "--require-key" -> {
          value = value != null ? value : next(args, ++i, name, "the key clients must send");
          if (value.isBlank()) {
            throw new UsageException("--require-key needs the key clients must send, not blank");
          }
          key = value;
        }
        case "--token-delay" -> {
          value = value != null ? value : next(args, ++i, name, "a duration such as 30ms");
          tokenDelay = duration(value);
        }
        case "--seed" -> {
          value = value != null ? value : next(args, ++i, name, "a whole number such as 42");
          try {
            seed = Long.parseLong(value.strip());
          } catch (NumberFormatException notANumber) {
            throw new UsageException("--seed needs a whole number such as 42, was '" + value + "'");
          }
        }
        default ->
            throw new UsageException(
                "unknown option '"
                    + arg
                    + "'; the options are --port, --host, --require-key, --token-delay, --seed");
      }
    }
    return new Options(host, port, key, tokenDelay, seed);
  }

  private static String next(String[] args, int index, String option, String expected)
      throws UsageException {
    if (index >= args.length || args[index].startsWith("--")) {
      throw new UsageException(option + " needs a value: " + expected);
    }
    return args[index];
  }

  private static int port(String value) throws UsageException {
    try {
      int port = Integer.parseInt(value.strip());
      if (port >= 0 && port <= 65535) {
        return port;
      }
    } catch (NumberFormatException notANumber) {
      // Reported below, with the value.
    }
    throw new UsageException(
        "--port needs a port from 0 to 65535 (0 picks a free one), was '" + value + "'");
  }

  /** A duration such as {@code 30ms}, {@code 0.5s} or {@code 2s}. */
  static Duration duration(String value) throws UsageException {
    Matcher matcher = DURATION.matcher(value.strip().toLowerCase(Locale.ROOT));
    if (!matcher.matches()) {
      throw new UsageException(
          "--token-delay needs a duration with its unit, such as 30ms or 0.5s, was '"
              + value
              + "'");
    }
    double amount = Double.parseDouble(matcher.group(1));
    double millis = "s".equals(matcher.group(2)) ? amount * 1000 : amount;
    return Duration.ofNanos(Math.round(millis * 1_000_000));
  }

  private static String version() {
    String version = MistralSimulator.class.getPackage().getImplementationVersion();
    return version == null ? "(development build)" : version;
  }

  private static String rootMessage(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
  }
}
