package io.github.mistralspring.benchmarks.startup;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.metrics.StartupStep;

/**
 * A tiny non-web application: auto-configuration and nothing else. run.sh starts it in fresh JVMs
 * with and without the starter on the class path, and with {@code mistral.enabled} false and true,
 * and it prints one line: variant, {@code SpringApplication.run} milliseconds, JVM uptime at ready,
 * bean definitions, whether a client bean exists, classes loaded at ready, and the CPU time of the
 * main thread at ready in milliseconds.
 *
 * <p>The last two hardly move with the machine's load, unlike the wall-clock columns: on a shared
 * machine they are the witnesses of what the starter costs. With {@code -Dprobe.steps=N} the probe
 * also prints, to standard error, the N slowest start-up steps (bean instantiations, condition
 * evaluations) that Spring recorded, for finding where the time goes. With {@code -Dprobe.cpu=true}
 * it records the main thread's CPU time in each step instead ({@link CpuRecordingStartup}) and
 * prints, to standard error, the CPU milliseconds of the steps that create this project's beans
 * (those whose bean name or type names {@code mistral}): what the starter's beans cost, measured in
 * a way that hardly moves with the machine's load.
 *
 * <p>Arguments: {@code VARIANT} then Spring arguments such as {@code --mistral.enabled=false}.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class StartupProbe {

  /**
   * Entry point.
   *
   * @param args the variant's name, then the application's arguments
   */
  public static void main(String[] args) {
    long start = System.nanoTime();
    SpringApplication app = new SpringApplication(StartupProbe.class);
    app.setWebApplicationType(WebApplicationType.NONE);
    app.setBannerMode(Banner.Mode.OFF);
    app.setLogStartupInfo(false);
    int steps = Integer.getInteger("probe.steps", 0);
    BufferingApplicationStartup recorder = null;
    CpuRecordingStartup cpu = null;
    if (Boolean.getBoolean("probe.cpu")) {
      cpu = new CpuRecordingStartup();
      app.setApplicationStartup(cpu);
    } else if (steps > 0) {
      recorder = new BufferingApplicationStartup(100_000);
      app.setApplicationStartup(recorder);
    }
    String[] springArgs = Arrays.copyOfRange(args, 1, args.length);
    try (ConfigurableApplicationContext context = app.run(springArgs)) {
      double runMillis = (System.nanoTime() - start) / 1e6;
      long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
      long classes = ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount();
      double cpuMillis = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1e6;
      boolean client = context.containsBean("mistralClient") || hasClient(context);
      System.out.printf(
          Locale.ROOT,
          "%s\t%.1f\t%d\t%d\t%s\t%d\t%.1f%n",
          args[0],
          runMillis,
          uptime,
          context.getBeanDefinitionCount(),
          client ? "client" : "no-client",
          classes,
          cpuMillis);
      if (recorder != null) {
        printSlowest(recorder.getBufferedTimeline(), steps);
      }
      if (cpu != null) {
        Predicate<String> mistralBeans =
            step ->
                step.startsWith("spring.beans.instantiate")
                    && step.toLowerCase(Locale.ROOT).contains("mistral");
        System.err.printf(Locale.ROOT, "cpu\t%s\t%.1f%n", args[0], cpu.cpuMillisOf(mistralBeans));
        if (steps > 0) {
          cpu.describe(mistralBeans).forEach(line -> System.err.println("cpu-step " + line));
        }
      }
    }
  }

  private static void printSlowest(StartupTimeline timeline, int count) {
    timeline.getEvents().stream()
        .sorted(Comparator.comparing(StartupTimeline.TimelineEvent::getDuration).reversed())
        .limit(count)
        .forEach(
            event ->
                System.err.printf(
                    Locale.ROOT,
                    "step\t%.1f ms\t%s\t%s%n",
                    event.getDuration().toNanos() / 1e6,
                    event.getStartupStep().getName(),
                    tags(event.getStartupStep())));
  }

  private static String tags(StartupStep step) {
    return String.join(
        " ",
        StreamSupport.stream(step.getTags().spliterator(), false)
            .map(tag -> tag.getKey() + "=" + tag.getValue())
            .toList());
  }

  private static boolean hasClient(ConfigurableApplicationContext context) {
    try {
      Class<?> type = Class.forName("io.github.mistralspring.client.MistralClient");
      return context.getBeanNamesForType(type).length > 0;
    } catch (ClassNotFoundException absent) {
      return false;
    }
  }
}
