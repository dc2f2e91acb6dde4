package io.github.mistralspring.springai.readme;

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

/** The README's Java blocks, and their compilation against this module's test class path. */
final class ReadmeJava {

  private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);

  /** A Java block of the README and the line its fence is on. */
  record Block(int line, String code) {

    /** Whether the block elides code ({@code …}), so that it cannot compile as it is. */
    boolean elides() {
      return code.contains("…");
    }
  }

  private ReadmeJava() {}

  /** Every Java block of the README, in order. */
  static List<Block> blocks() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    List<Block> blocks = new ArrayList<>();
    Matcher block = JAVA_BLOCK.matcher(readme);
    while (block.find()) {
      int line = readme.substring(0, block.start()).split("\n", -1).length;
      blocks.add(new Block(line, block.group(1)));
    }
    return blocks;
  }

  /** A source file of package {@code readme} named for the line of its block. */
  static JavaFileObject source(Block block, String text) {
    return new SimpleJavaFileObject(
        URI.create("string:///readme/ReadmeLine" + block.line() + ".java"),
        JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return text;
      }
    };
  }

  /** Compiles the sources together into {@code out}; fails with the compiler's messages. */
  static void assertCompile(Path out, List<JavaFileObject> sources) {
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
}
