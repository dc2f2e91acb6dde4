package io.github.mistralspring.client.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The forked-JVM harness: what it returns, and how it fails on a bad exit and on a hang. */
class ForkedJvmTest {

  /** The child: prints its arguments' lines, then exits with the status given, or hangs. */
  public static final class Child {

    private Child() {}

    public static void main(String[] args) throws Exception {
      for (int i = 1; i < args.length; i++) {
        System.out.println(args[i]);
      }
      System.out.flush();
      if ("hang".equals(args[0])) {
        Thread.sleep(Long.MAX_VALUE);
      }
      System.exit(Integer.parseInt(args[0]));
    }
  }

  @Test
  void returnsTheLinesAndTheKeyValueLinesOfAChildThatExitsWithZero() throws Exception {
    ForkedJvm.Output output =
        ForkedJvm.of(Child.class)
            .jvmOptions("-Xmx64m")
            .args("0", "UPLOAD_MS=12", "a line with = inside", "lines.reactor=3", "TEXT=a b")
            .run();

    assertThat(output.lines()).contains("UPLOAD_MS=12", "a line with = inside");
    Map<String, String> values = output.values();
    assertThat(values)
        .containsExactly(
            Map.entry("UPLOAD_MS", "12"),
            Map.entry("lines.reactor", "3"),
            Map.entry("TEXT", "a b"));
  }

  @Test
  void failsWithTheOutputOfAChildThatExitsWithAnotherStatus() {
    assertThatThrownBy(() -> ForkedJvm.of(Child.class).args("3", "what went wrong").run())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Child exited with 3")
        .hasMessageContaining("what went wrong");
  }

  @Test
  void killsAChildStillRunningAtTheBoundAndFails() {
    // A JVM option, early on the command line: what the system shows of a long one may be cut.
    String marker = "-Dforked.jvm.test=" + UUID.randomUUID();

    assertThatThrownBy(
            () ->
                ForkedJvm.of(Child.class)
                    .jvmOptions(marker)
                    .args("hang")
                    .bound(Duration.ofSeconds(3))
                    .run())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Child did not end within PT3S and was killed");
    assertThat(
            ProcessHandle.allProcesses()
                .filter(ProcessHandle::isAlive)
                .filter(process -> process.info().commandLine().orElse("").contains(marker))
                .map(ProcessHandle::pid))
        .as("processes still running with the marker")
        .isEmpty();
  }
}
