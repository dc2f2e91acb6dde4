package io.github.mistralspring.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mistralspring.client.testsupport.ForkedJvm;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Building a client costs an application's start-up almost nothing: the JSON mapper, Reactor, the
 * connection pool and the API groups are built on the first call. Checked in a fresh JVM that logs
 * each class it loads, since in the test JVM other tests have loaded everything already.
 */
class LazyStartTest {

  private static final Pattern LOADED = Pattern.compile("\\[class,load\\s*\\] (\\S+) source:");

  @Test
  void buildingAndClosingAnUnusedClientLoadsNoMapperNoReactorNoPoolAndNoGroup() throws Exception {
    List<String> output = probe();

    List<String> duringBuildAndClose = loadedBetween(output, "PROBE begin", "PROBE closed");
    assertThat(duringBuildAndClose)
        .as("classes loaded while building and closing a client that made no call")
        .isNotEmpty()
        .noneMatch(name -> name.startsWith("tools.jackson.databind."))
        .noneMatch(name -> name.startsWith("reactor.core.publisher.Mono"))
        .noneMatch(name -> name.startsWith("reactor.core.publisher.Flux"))
        .noneMatch(name -> name.startsWith("reactor.core.publisher.Sinks"))
        .noneMatch(name -> name.startsWith("reactor.netty."))
        .noneMatch(name -> name.startsWith("io.netty."))
        .noneMatch(name -> name.startsWith("io.github.mistralspring.client.internal.groups."))
        .noneMatch(name -> name.startsWith("io.github.mistralspring.client.json."))
        .noneMatch(name -> name.endsWith(".Watchdog"))
        .noneMatch(name -> name.endsWith(".ClientVersion"))
        .noneMatch(name -> name.endsWith(".DefaultMistralObservationConvention"));
    assertThat(output).contains("PROBE closed true");
    // A closed client that never built its pool still refuses a call, with the closed error.
    assertThat(output)
        .anyMatch(line -> line.startsWith("PROBE refused This Mistral client was closed"));
    assertThat(output).contains("PROBE same group true");
  }

  private static List<String> loadedBetween(List<String> output, String from, String to) {
    int start = indexOf(output, from);
    int end = indexOf(output, to);
    List<String> loaded = new ArrayList<>();
    for (String line : output.subList(start, end)) {
      Matcher matcher = LOADED.matcher(line);
      if (matcher.find()) {
        loaded.add(matcher.group(1));
      }
    }
    return loaded;
  }

  private static int indexOf(List<String> output, String prefix) {
    for (int i = 0; i < output.size(); i++) {
      if (output.get(i).startsWith(prefix)) {
        return i;
      }
    }
    throw new AssertionError("No line starting with '" + prefix + "' in:\n" + output);
  }

  /** Runs {@link LazyStartProbe} in its own JVM, logging class loads, and returns its lines. */
  private static List<String> probe() throws IOException, InterruptedException {
    return ForkedJvm.of(LazyStartProbe.class)
        .jvmOptions("-Xlog:class+load=info:stdout")
        .run()
        .lines();
  }
}
