package io.github.mistralspring.springai.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's Spring Boot examples (a service that injects the client, the test that drives it on
 * the simulator, the Spring AI service on {@code ChatClient}) compile against the modules as they
 * are, together, so that the test example sees the service it tests. Each is a file of its own: its
 * {@code import} lines after those of what every example uses (the client's chat types, Spring's
 * stereotypes and injection, Boot's test support, Spring AI's chat client, JUnit, AssertJ), then
 * its classes. The client's own examples are compiled by {@link ReadmeClientExamplesTests};
 * examples that elide code ({@code …}) are left out. They are in this module because its tests see
 * every published module: the client, the starter, the simulator and Spring AI.
 */
class ReadmeExamplesTests {

  // A Spring Boot example: a bean or a test, as whole classes.
  private static final Pattern SPRING_CLASS =
      Pattern.compile("^@(Service|Component|Configuration|SpringBootTest)\\b", Pattern.MULTILINE);

  private static final String IMPORTS =
      """
      import static org.assertj.core.api.Assertions.assertThat;

      import io.github.mistralspring.client.MistralClient;
      import io.github.mistralspring.client.ReactiveMistralClient;
      import io.github.mistralspring.client.chat.*;
      import org.junit.jupiter.api.Test;
      import org.springframework.beans.factory.annotation.Autowired;
      import org.springframework.beans.factory.annotation.Qualifier;
      import org.springframework.boot.test.context.SpringBootTest;
      import org.springframework.stereotype.Service;
      import org.springframework.ai.chat.client.ChatClient;
      import org.springframework.ai.chat.client.advisor.MessageChatMemoryAdvisor;
      import org.springframework.ai.chat.memory.ChatMemory;
      """;

  // What the Spring AI example leaves to the reader: a class with @Tool methods.
  private static final String WEATHER_TOOLS =
      """
      package readme;

      import org.springframework.ai.tool.annotation.Tool;

      class WeatherTools {
        @Tool(description = "The weather in a city")
        String weather(String city) {
          return "sunny in " + city;
        }
      }
      """;

  @Test
  void everySpringBootExampleOfTheReadmeCompiles(@TempDir Path out) throws IOException {
    List<JavaFileObject> sources = new ArrayList<>();
    for (ReadmeJava.Block block : ReadmeJava.blocks()) {
      String code = block.code();
      if (SPRING_CLASS.matcher(code).find() && !block.elides()) {
        sources.add(source(block));
      }
    }
    // The service of the first example, the test of it on the simulator and the Spring AI
    // service, at least.
    assertThat(sources).hasSizeGreaterThanOrEqualTo(3);
    sources.add(ReadmeJava.source(new ReadmeJava.Block(0, ""), WEATHER_TOOLS));

    ReadmeJava.assertCompile(out, sources);
  }

  // The example's imports go first, after the common ones; its classes keep their own names, so
  // the file's name is the example's line and the classes are not public.
  private static JavaFileObject source(ReadmeJava.Block block) {
    StringBuilder imports = new StringBuilder(IMPORTS);
    StringBuilder body = new StringBuilder();
    for (String line : block.code().split("\n", -1)) {
      (line.startsWith("import ") ? imports : body).append(line).append('\n');
    }
    return ReadmeJava.source(block, "package readme;\n" + imports + body);
  }
}
