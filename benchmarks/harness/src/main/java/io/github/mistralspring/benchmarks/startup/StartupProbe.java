package io.github.mistralspring.benchmarks.startup;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A tiny non-web application: auto-configuration and nothing else. run.sh starts it in fresh JVMs
 * with and without the starter on the class path, and with {@code mistral.enabled} false and true,
 * and it prints one line: variant, {@code SpringApplication.run} milliseconds, JVM uptime at ready,
 * bean definitions.
 *
 * <p>Arguments: {@code VARIANT} then Spring arguments such as {@code --mistral.enabled=false}.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class StartupProbe {

  /** Entry point. */
  public static void main(String[] args) {
    long start = System.nanoTime();
    SpringApplication app = new SpringApplication(StartupProbe.class);
    app.setWebApplicationType(WebApplicationType.NONE);
    app.setBannerMode(Banner.Mode.OFF);
    app.setLogStartupInfo(false);
    String[] springArgs = Arrays.copyOfRange(args, 1, args.length);
    try (ConfigurableApplicationContext context = app.run(springArgs)) {
      double runMillis = (System.nanoTime() - start) / 1e6;
      long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
      boolean client = context.containsBean("mistralClient") || hasClient(context);
      System.out.printf(
          Locale.ROOT,
          "%s\t%.1f\t%d\t%d\t%s%n",
          args[0],
          runMillis,
          uptime,
          context.getBeanDefinitionCount(),
          client ? "client" : "no-client");
    }
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
