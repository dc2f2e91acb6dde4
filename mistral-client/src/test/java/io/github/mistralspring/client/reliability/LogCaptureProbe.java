package io.github.mistralspring.client.reliability;

import io.github.mistralspring.client.MistralClient;
import io.github.mistralspring.client.TestEngine;
import io.github.mistralspring.client.chat.CompletionChunk;
import io.github.mistralspring.client.core.MistralOperation;
import io.github.mistralspring.client.core.RetryPolicy;
import io.github.mistralspring.client.internal.MistralRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * The client side of {@link SecretLeakTest}, in its own JVM so that every logger is created after
 * the levels are set: turns the client's, Reactor's, Reactor Netty's, Netty's and WebClient's
 * loggers to their most detailed level, makes a chat call, a streamed call and a failing call, and
 * prints how many lines each logger family wrote and every line that holds the key.
 *
 * <p>The module's test classpath has no SLF4J binding: Commons Logging (Spring) and Netty log
 * through {@code java.util.logging}, and Reactor is told to with {@code
 * -Dreactor.logging.fallback=JDK}. TRACE is {@code FINEST}.
 */
public final class LogCaptureProbe {

  private static final String[] TRACED = {
    "io.github.mistralspring",
    "reactor",
    "io.netty",
    "org.springframework.web.reactive.function.client",
    "org.springframework.http",
    "org.springframework.core.codec"
  };

  private LogCaptureProbe() {}

  public static void main(String[] args) {
    List<Logger> loggers = new ArrayList<>();
    for (String name : TRACED) {
      Logger logger = Logger.getLogger(name);
      logger.setLevel(Level.ALL);
      loggers.add(logger);
    }
    List<String> lines = new CopyOnWriteArrayList<>();
    SimpleFormatter formatter = new SimpleFormatter();
    Handler capture =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            lines.add(record.getLoggerName() + " " + formatter.format(record));
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    capture.setLevel(Level.ALL);
    Logger root = Logger.getLogger("");
    for (Handler handler : root.getHandlers()) {
      root.removeHandler(handler);
    }
    root.addHandler(capture);

    String baseUrl = args[0];
    // As Boot's spring.http.codecs.log-request-details=true does to the builder it hands over.
    WebClient.Builder detailed =
        WebClient.builder()
            .codecs(codecs -> codecs.defaultCodecs().enableLoggingRequestDetails(true));
    List<String> failures = new ArrayList<>();
    try (MistralClient client =
        ReliabilityFixtures.builder(baseUrl)
            .webClientBuilder(detailed)
            .retryPolicy(RetryPolicy.none())
            .build()) {
      System.out.println(
          "chat="
              + client
                  .chat()
                  .complete(ReliabilityFixtures.request())
                  .firstContent()
                  .replace(' ', '_'));
      List<CompletionChunk> chunks =
          client.reactive().chat().stream(ReliabilityFixtures.request())
              .collectList()
              .block(Duration.ofSeconds(10));
      System.out.println("chunks=" + chunks.size());
      try {
        TestEngine.of(client)
            .exchange(
                MistralRequest.of(
                    MistralOperation.statefulPost("files.upload", "/v1/files"),
                    Map.of("purpose", "batch")),
                String.class)
            .block(Duration.ofSeconds(10));
      } catch (RuntimeException expected) {
        failures.add(expected.getClass().getSimpleName());
        for (Throwable t = expected; t != null; t = t.getCause()) {
          if (String.valueOf(t).contains(ReliabilityFixtures.KEY)) {
            System.out.println("LEAK in exception: " + t);
          }
        }
      }
    }
    System.out.println("failure=" + failures);
    Map<String, Integer> families = new TreeMap<>();
    for (String line : lines) {
      String family = line.substring(0, line.indexOf(' '));
      for (String traced : TRACED) {
        if (family.startsWith(traced)) {
          family = traced;
          break;
        }
      }
      families.merge(family, 1, Integer::sum);
      if (line.contains(ReliabilityFixtures.KEY)
          || line.contains(ReliabilityFixtures.KEY.substring(3, 20))) {
        System.out.println("LEAK in log: " + line.replace('\n', ' '));
      }
    }
    System.out.println("lines=" + lines.size());
    families.forEach((family, count) -> System.out.println("lines." + family + "=" + count));
    loggers.clear();
    System.exit(0);
  }
}
