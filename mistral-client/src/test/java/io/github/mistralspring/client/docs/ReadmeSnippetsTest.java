package io.github.mistralspring.client.docs;

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
 * The README's Java examples of the client compile against the client as it is, so that they cannot
 * fall behind its API. An example is compiled when it calls the client ({@code mistral.} or {@code
 * reactiveMistral.}) and is a fragment of statements (no annotations, no imports, no elided {@code
 * …}): Spring and Spring AI examples belong to the modules that test them. Each is compiled as the
 * body of a method of a class that has the variables the README's prose gives them ({@code
 * mistral}, {@code reactiveMistral}, {@code request}).
 */
class ReadmeSnippetsTest {

  private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);

  private static final String IMPORTS =
      """
      import io.github.mistralspring.client.MistralClient;
      import io.github.mistralspring.client.ReactiveMistralClient;
      import io.github.mistralspring.client.audio.speech.*;
      import io.github.mistralspring.client.audio.transcriptions.*;
      import io.github.mistralspring.client.audio.voices.*;
      import io.github.mistralspring.client.beta.agents.*;
      import io.github.mistralspring.client.beta.conversations.*;
      import io.github.mistralspring.client.beta.libraries.*;
      import io.github.mistralspring.client.beta.tools.*;
      import io.github.mistralspring.client.chat.*;
      import io.github.mistralspring.client.core.*;
      import io.github.mistralspring.client.paging.Page;
      import io.github.mistralspring.client.tools.*;
      import java.nio.file.Path;
      import java.time.Duration;
      import java.util.List;
      import java.util.Map;
      import java.util.Optional;
      import java.util.function.Function;
      import java.util.stream.Stream;
      import reactor.core.publisher.Flux;
      import reactor.core.publisher.Mono;
      import tools.jackson.databind.JsonNode;
      """;

  @Test
  void everyClientExampleOfTheReadmeCompiles(@TempDir Path out) throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    List<JavaFileObject> sources = new ArrayList<>();
    Matcher block = JAVA_BLOCK.matcher(readme);
    while (block.find()) {
      String code = block.group(1);
      if (!(code.contains("mistral.") || code.contains("reactiveMistral."))
          || code.contains("@")
          || code.contains("import ")
          || code.contains("…")) {
        continue;
      }
      int line = readme.substring(0, block.start()).split("\n", -1).length;
      sources.add(source("ReadmeLine" + line, code));
    }
    assertThat(sources).hasSizeGreaterThanOrEqualTo(4);

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

  private static JavaFileObject source(String name, String code) {
    String request =
        code.contains("conversations()")
            ? "ConversationRequest request"
            : "ChatCompletionRequest request";
    String text =
        "package readme;\n"
            + IMPORTS
            + "@SuppressWarnings(\"unused\")\nclass "
            + name
            + " {\n"
            + "  MistralClient mistral;\n"
            + "  ReactiveMistralClient reactiveMistral;\n"
            + "  "
            + request
            + ";\n"
            + "  static String weather(String city) { return city; }\n"
            + "  void example() throws Exception {\n"
            + code
            + "\n  }\n}\n";
    return new SimpleJavaFileObject(
        URI.create("string:///readme/" + name + ".java"), JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return text;
      }
    };
  }
}
