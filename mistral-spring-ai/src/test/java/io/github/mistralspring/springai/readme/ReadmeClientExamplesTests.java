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
 * The README's Java examples of the client compile against the client as it is, so that they cannot
 * fall behind its API. An example is compiled when it calls the client ({@code mistral.} or {@code
 * reactiveMistral.}) or one of the Spring AI models on it, elides nothing ({@code …}) and is not a
 * Spring example (a bean, a test, an injection point: those compile in the modules that test them,
 * {@link ReadmeExamplesTests} for the examples around the simulator). Each is compiled in a class
 * that has the variables the README's prose gives them ({@code mistral}, {@code reactiveMistral},
 * {@code request}, and for the Spring AI examples {@code transcriptionModel} and {@code
 * recording}): its {@code import} lines go to the top of the file, the types it declares first
 * (records, sealed interfaces, with their annotations) become members of the class, and its
 * statements the body of a method.
 */
class ReadmeClientExamplesTests {

  // A Spring example: a bean, a test or an injection point.
  private static final Pattern SPRING =
      Pattern.compile(
          "@(Service|Component|Configuration|Bean|Autowired|Qualifier|SpringBootTest)\\b");

  // The start of a type declaration at the top level of an example, its annotations included.
  private static final Pattern TYPE_START =
      Pattern.compile("^(@\\w|(sealed |final |abstract )*(record|class|interface|enum) )");

  private static final String IMPORTS =
      """
      import io.github.mistralspring.client.MistralClient;
      import io.github.mistralspring.client.ReactiveMistralClient;
      import io.github.mistralspring.client.audio.speech.*;
      import io.github.mistralspring.client.audio.transcriptions.*;
      import io.github.mistralspring.client.audio.voices.*;
      import io.github.mistralspring.client.batch.*;
      import io.github.mistralspring.client.beta.agents.*;
      import io.github.mistralspring.client.beta.conversations.*;
      import io.github.mistralspring.client.beta.libraries.*;
      import io.github.mistralspring.client.beta.tools.*;
      import io.github.mistralspring.client.chat.*;
      import io.github.mistralspring.client.core.*;
      import io.github.mistralspring.client.files.*;
      import io.github.mistralspring.client.finetuning.*;
      import io.github.mistralspring.client.jobs.*;
      import io.github.mistralspring.client.model.*;
      import io.github.mistralspring.client.ocr.*;
      import io.github.mistralspring.client.paging.Page;
      import io.github.mistralspring.client.schema.*;
      import io.github.mistralspring.client.tools.*;
      import java.io.InputStream;
      import java.nio.file.Files;
      import java.nio.file.Path;
      import java.time.Duration;
      import java.time.OffsetDateTime;
      import java.util.ArrayList;
      import java.util.List;
      import java.util.Map;
      import java.util.Optional;
      import java.util.function.Function;
      import java.util.stream.Stream;
      import reactor.core.publisher.Flux;
      import reactor.core.publisher.Mono;
      import org.springframework.core.io.ClassPathResource;
      import tools.jackson.databind.JsonNode;
      import com.fasterxml.jackson.annotation.JsonTypeInfo;
      import com.fasterxml.jackson.annotation.JsonTypeName;
      import io.github.mistralspring.springai.audio.MistralTranscriptionModel;
      import io.github.mistralspring.springai.audio.MistralTranscriptionOptions;
      import io.github.mistralspring.springai.ocr.MistralOcrDocumentReader;
      import org.springframework.ai.audio.transcription.AudioTranscriptionPrompt;
      import org.springframework.ai.audio.transcription.AudioTranscriptionResponse;
      import org.springframework.ai.document.Document;
      import org.springframework.core.io.ByteArrayResource;
      import org.springframework.core.io.FileSystemResource;
      """;

  @Test
  void everyClientExampleOfTheReadmeCompiles(@TempDir Path out) throws IOException {
    List<JavaFileObject> sources = new ArrayList<>();
    for (ReadmeJava.Block block : ReadmeJava.blocks()) {
      String code = block.code();
      if ((code.contains("mistral.")
              || code.contains("reactiveMistral.")
              || code.contains("(mistral)")
              || code.contains("transcriptionModel."))
          && !SPRING.matcher(code).find()
          && !block.elides()) {
        sources.add(source(block));
      }
    }
    assertThat(sources).hasSizeGreaterThanOrEqualTo(4);

    ReadmeJava.assertCompile(out, sources);
  }

  private static JavaFileObject source(ReadmeJava.Block block) {
    String code = block.code();
    String name = "ReadmeLine" + block.line();
    String request =
        code.contains("conversations()")
            ? "ConversationRequest request"
            : "ChatCompletionRequest request";
    StringBuilder imports = new StringBuilder(IMPORTS);
    StringBuilder members = new StringBuilder();
    StringBuilder statements = new StringBuilder();
    int depth = 0;
    boolean inType = false;
    for (String line : code.split("\n", -1)) {
      if (line.startsWith("import ")) {
        imports.append(line).append('\n');
        continue;
      }
      if (depth == 0) {
        inType = TYPE_START.matcher(line).find() || (inType && line.isBlank());
      }
      (inType ? members : statements).append(line).append('\n');
      for (char c : line.toCharArray()) {
        depth += c == '{' || c == '(' ? 1 : c == '}' || c == ')' ? -1 : 0;
      }
    }
    String text =
        "package readme;\n"
            + imports
            + "@SuppressWarnings(\"unused\")\nclass "
            + name
            + " {\n"
            + "  MistralClient mistral;\n"
            + "  ReactiveMistralClient reactiveMistral;\n"
            + "  MistralTranscriptionModel transcriptionModel;\n"
            + "  byte[] recording;\n"
            + "  "
            + request
            + ";\n"
            + "  static String weather(String city) { return city; }\n"
            + members
            + "  void example() throws Exception {\n"
            + statements
            + "\n  }\n}\n";
    return ReadmeJava.source(block, text);
  }
}
