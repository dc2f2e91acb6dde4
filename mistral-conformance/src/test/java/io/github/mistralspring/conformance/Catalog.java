package io.github.mistralspring.conformance;

import io.github.mistralspring.client.core.MistralOperation;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The operations the client is measured against (read with swagger-parser): the seed
 * specification's, and those the July 2026 specification adds to it (its operations at a method and
 * path the seed does not have); and the client's declared operations.
 */
final class Catalog {

  /**
   * One operation of the specification.
   *
   * @param path the path as the spec writes it, a {@code #stream} suffix included
   * @param streaming the operation answers with server-sent events only
   * @param alsoStreams its 200 response offers {@code text/event-stream} as well as JSON
   * @param addition whether only the July 2026 specification has it (not the seed)
   * @param tag the operation's first tag, such as {@code beta.libraries.documents}
   */
  record SpecOperation(
      String operationId,
      String method,
      String path,
      boolean streaming,
      boolean alsoStreams,
      boolean addition,
      String tag) {

    /** The path on the wire: without the {@code #stream} suffix. */
    String wirePath() {
      int hash = path.indexOf('#');
      return hash < 0 ? path : path.substring(0, hash);
    }

    /** Whether a declared client operation implements this one. */
    boolean implementedBy(MistralOperation op) {
      return op.method().equals(method)
          && op.path().equals(wirePath())
          && op.streaming() == streaming;
    }

    /** The client operations this one needs: one per response content type it offers. */
    boolean coveredBy(List<MistralOperation> declared) {
      boolean plain = declared.stream().anyMatch(this::implementedBy);
      if (!alsoStreams) {
        return plain;
      }
      return plain
          && declared.stream()
              .anyMatch(
                  op ->
                      op.method().equals(method) && op.path().equals(wirePath()) && op.streaming());
    }
  }

  private Catalog() {}

  /** The operations of a specification, in document order. */
  static List<SpecOperation> operations(Path spec) {
    return operations(spec, Set.of());
  }

  /**
   * The operations of the July 2026 specification at a method and path (as the spec writes it, a
   * {@code #stream} suffix included) that the seed has no operation at, in document order: what the
   * API grew since the seed, each measured against that specification alone (there is no seed to
   * drift from).
   */
  static List<SpecOperation> additions(Path live, Path seed) {
    Set<String> seedKeys = new HashSet<>();
    for (SpecOperation op : operations(seed)) {
      seedKeys.add(op.method() + " " + op.path());
    }
    return operations(live, seedKeys);
  }

  /**
   * The operations of a specification, in document order, but those at a method and path in {@code
   * seedKeys}; when that is not empty the others are additions.
   */
  private static List<SpecOperation> operations(Path spec, Set<String> seedKeys) {
    ParseOptions options = new ParseOptions();
    options.setResolve(false);
    SwaggerParseResult result =
        new OpenAPIV3Parser().readLocation(spec.toUri().toString(), null, options);
    OpenAPI api = result.getOpenAPI();
    if (api == null) {
      throw new IllegalStateException("unreadable " + spec + ": " + result.getMessages());
    }
    boolean additions = !seedKeys.isEmpty();
    List<SpecOperation> operations = new ArrayList<>();
    for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
      for (Map.Entry<PathItem.HttpMethod, Operation> entry :
          path.getValue().readOperationsMap().entrySet()) {
        Operation op = entry.getValue();
        String method = entry.getKey().name().toUpperCase(Locale.ROOT);
        if (seedKeys.contains(method + " " + path.getKey())) {
          continue;
        }
        ApiResponse ok = op.getResponses() == null ? null : op.getResponses().get("200");
        Set<String> types =
            ok == null || ok.getContent() == null ? Set.of() : ok.getContent().keySet();
        boolean sse = types.contains("text/event-stream");
        boolean streaming = path.getKey().endsWith("#stream") || (sse && types.size() == 1);
        String tag = op.getTags() == null || op.getTags().isEmpty() ? "" : op.getTags().get(0);
        operations.add(
            new SpecOperation(
                op.getOperationId(),
                method,
                path.getKey(),
                streaming,
                sse && !streaming,
                additions,
                tag));
      }
    }
    return operations;
  }

  /**
   * Every {@code public static final MistralOperation} the client declares, found by scanning the
   * client's classes: a new API group is counted as soon as it lands.
   */
  static List<MistralOperation> declaredOperations() {
    List<MistralOperation> result = new ArrayList<>();
    for (String className : clientClassNames()) {
      Class<?> type;
      try {
        type = Class.forName(className, true, Catalog.class.getClassLoader());
      } catch (ClassNotFoundException | LinkageError e) {
        continue;
      }
      for (Field field : type.getDeclaredFields()) {
        int modifiers = field.getModifiers();
        if (field.getType() == MistralOperation.class
            && Modifier.isStatic(modifiers)
            && Modifier.isPublic(modifiers)
            && Modifier.isFinal(modifiers)) {
          try {
            result.add((MistralOperation) field.get(null));
          } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
          }
        }
      }
    }
    return result;
  }

  private static List<String> clientClassNames() {
    String prefix = "io/github/mistralspring/client/";
    try {
      Path location =
          Path.of(
              MistralOperation.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      List<String> names = new ArrayList<>();
      if (Files.isDirectory(location)) {
        try (Stream<Path> files = Files.walk(location)) {
          files
              .map(f -> location.relativize(f).toString().replace('\\', '/'))
              .filter(n -> n.startsWith(prefix) && n.endsWith(".class") && !n.contains("$"))
              .forEach(n -> names.add(n.substring(0, n.length() - 6).replace('/', '.')));
        }
      } else {
        try (JarFile jar = new JarFile(location.toFile())) {
          Enumeration<JarEntry> entries = jar.entries();
          while (entries.hasMoreElements()) {
            String n = entries.nextElement().getName();
            if (n.startsWith(prefix) && n.endsWith(".class") && !n.contains("$")) {
              names.add(n.substring(0, n.length() - 6).replace('/', '.'));
            }
          }
        }
      }
      names.sort(null);
      return names;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
