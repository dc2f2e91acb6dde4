package io.github.mistralspring.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's Spring Boot examples of the starter and of this module (a service that injects the
 * client, the test that drives it on the simulator) compile against them as they are, together, so
 * that the test example sees the service it tests. Each is a file of its own: its {@code import}
 * lines after those of what every example uses (the client's chat types, Spring's stereotypes and
 * injection, Boot's test support, JUnit, AssertJ), then its classes. The client's own examples are
 * compiled by the client's tests; Spring AI's, which this module does not have, and examples that
 * elide code ({@code …}) are left out.
 */
class ReadmeExamplesTests {

  private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);

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
      """;

  @Test
  void everySpringBootExampleOfTheReadmeCompiles(@TempDir Path out) throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    List<JavaFileObject> sources = new ArrayList<>();
    Matcher block = JAVA_BLOCK.matcher(readme);
    while (block.find()) {
      String code = block.group(1);
      if (!SPRING_CLASS.matcher(code).find()
          || code.contains("…")
          || code.contains("org.springframework.ai")
          || code.contains("ChatClient")) {
        continue;
      }
      int line = readme.substring(0, block.start()).split("\n", -1).length;
      sources.add(source("ReadmeLine" + line, code));
    }
    // The service of the first example and the test of it on the simulator, at least.
    assertThat(sources).hasSizeGreaterThanOrEqualTo(2);

    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    StringWriter errors = new StringWriter();
    boolean compiled =
        compiler
            .getTask(
                errors,
                null,
                null,
                List.of(
                    "-d",
                    out.toString(),
                    "-classpath",
                    System.getProperty("java.class.path"),
                    "-proc:none"),
                null,
                sources)
            .call();

    assertThat(compiled).as("README examples compile:%n%s", errors).isTrue();
  }

  // The example's imports go first, after the common ones; its classes keep their own names, so
  // the file's name is the example's line and the classes are not public.
  private static JavaFileObject source(String name, String code) {
    StringBuilder imports = new StringBuilder(IMPORTS);
    StringBuilder body = new StringBuilder();
    for (String line : code.split("\n", -1)) {
      (line.startsWith("import ") ? imports : body).append(line).append('\n');
    }
    String text = "package readme;\n" + imports + body;
    return new SimpleJavaFileObject(
        URI.create("string:///readme/" + name + ".java"), JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return text;
      }
    };
  }
}
