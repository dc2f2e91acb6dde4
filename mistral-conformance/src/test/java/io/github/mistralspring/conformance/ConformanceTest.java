package io.github.mistralspring.conformance;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.mistralspring.client.MistralClient;
import io.github.mistralspring.client.beta.conversations.ConversationStreamException;
import io.github.mistralspring.client.core.MistralOperation;
import io.github.mistralspring.client.core.RetryPolicy;
import io.github.mistralspring.client.json.MistralJson;
import io.github.mistralspring.client.paging.Page;
import io.github.mistralspring.conformance.Bindings.Binding;
import io.github.mistralspring.conformance.Catalog.SpecOperation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The specification judges the client, operation by operation: coverage of the seed's 45 operations
 * and of the July 2026 additions (every operation at a method and path the seed lacks, counted by
 * tag, checked against that specification alone; {@link KnownMissingAdditions} lists those left
 * out); every request the client sends validated against the live (2026-07) schema (JSON bodies,
 * multipart form fields, query values); response bodies generated from the seed's schema parsed
 * without loss, binary content read byte for byte; the same from the live schema (drift); and,
 * statically, every property of every response schema of both kept by the type that reads it
 * ({@link ModelCoverage}). Writes {@code target/conformance.md} and {@code
 * target/model-coverage.txt}.
 */
class ConformanceTest {

  private static final JsonMapper JSON = MistralJson.mapper();
  private static final int MAX_VARIANTS = 12;

  /** Per binding, the first typed request the request check saw the client send. */
  private static final Map<Binding, Object> SENT_REQUESTS = new IdentityHashMap<>();

  /** Each response schema with the type the client read a generated answer with. */
  private static final List<ModelCoverage.Root> ROOTS = new ArrayList<>();

  /** The JSON responses checked, and those that gave the model check a root, as "spec label". */
  private static final Set<String> RESPONSES = new TreeSet<>();

  private static final Set<String> ROOTED = new TreeSet<>();

  private static WireMockServer server;
  private static MistralClient client;
  private static Spec seed;
  private static Spec live;
  private static SchemaValidator seedValidator;
  private static SchemaValidator liveValidator;
  private static QueryCheck queryCheck;
  private static List<SpecOperation> operations;
  private static List<SpecOperation> additions;
  private static List<SpecOperation> catalogue;
  private static List<MistralOperation> declared;
  private static Map<String, Row> rows;
  private static Set<String> findings;
  private static ModelCoverage coverage;

  @BeforeAll
  static void measure() throws IOException {
    server = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
    server.start();
    client =
        MistralClient.builder()
            .apiKey("test-key")
            .baseUrl("http://127.0.0.1:" + server.port())
            .retryPolicy(RetryPolicy.none())
            // Conversations name a model or an agent; the client fills in its default for
            // requests that name neither (the live schema's required-only start request).
            .defaultChatModel("mistral-small-latest")
            .build();
    seed = Spec.load(Spec.SEED);
    live = Spec.load(Spec.LIVE);
    seedValidator = new SchemaValidator(seed);
    liveValidator = new SchemaValidator(live);
    queryCheck = new QueryCheck(live, liveValidator);
    operations = Catalog.operations(Spec.file(Spec.SEED));
    additions = Catalog.additions(Spec.file(Spec.LIVE), Spec.file(Spec.SEED));
    catalogue = new ArrayList<>(operations);
    catalogue.addAll(additions);
    declared = Catalog.declaredOperations();

    rows = new LinkedHashMap<>();
    findings = new TreeSet<>();
    for (SpecOperation op : catalogue) {
      Row row = new Row(op);
      rows.put(op.operationId(), row);
      for (Binding binding : Bindings.of(op.operationId())) {
        row.clientMethods.add(binding.clientMethod());
        checkRequest(op, binding, row);
        if (op.addition()) {
          // Only the live spec has it: its responses are the live spec's, with nothing to drift.
          checkResponses(op, binding, live, liveValidator, row.response, row, false);
        } else {
          checkResponses(op, binding, seed, seedValidator, row.response, row, false);
          checkResponses(op, binding, live, liveValidator, row.drift, row, true);
        }
      }
      for (Cell cell : List.of(row.request, row.response, row.drift)) {
        for (String problem : cell.problems) {
          findings.add(op.operationId() + " [" + cell.name + "] " + problem);
        }
      }
    }
    coverage = ModelCoverage.of(ROOTS);
    String report = Report.markdown(operations, additions, rows, declared, findings, coverage);
    Path target = Path.of(System.getProperty("basedir", ".")).resolve("target");
    Files.createDirectories(target);
    Files.writeString(target.resolve("conformance.md"), report);
    // What the static model check looked at, one property a line, for review.
    Files.write(target.resolve("model-coverage.txt"), coverage.properties());
    System.out.println(report);
  }

  @AfterAll
  static void stop() {
    if (client != null) {
      client.close();
    }
    if (server != null) {
      server.stop();
    }
  }

  // ---------------------------------------------------------------- coverage

  @Test
  void seedHas45Operations() {
    assertThat(operations).hasSize(45);
    assertThat(operations).extracting(SpecOperation::operationId).doesNotHaveDuplicates();
  }

  @Test
  void printsCoverageAndKnownMissingOnlyShrinks() {
    List<String> covered = new ArrayList<>();
    List<String> uncovered = new ArrayList<>();
    for (SpecOperation op : operations) {
      (op.coveredBy(declared) ? covered : uncovered).add(op.operationId());
    }
    System.out.println("covered " + covered.size() + "/" + operations.size());
    List<String> addedUncovered =
        additions.stream()
            .filter(op -> !op.coveredBy(declared))
            .map(SpecOperation::operationId)
            .toList();
    System.out.println(
        "July 2026 additions covered "
            + (additions.size() - addedUncovered.size())
            + "/"
            + additions.size());
    Report.byTag(additions, declared).forEach(line -> System.out.println("  " + line));
    assertThat(additions)
        .as("operations of the July 2026 specification at a method and path the seed lacks")
        .hasSize(128);

    assertThat(
            additions.stream()
                .filter(op -> op.coveredBy(declared))
                .map(SpecOperation::operationId)
                .filter(KnownMissingAdditions.ALL::contains)
                .toList())
        .as("July 2026 operations on KnownMissingAdditions that the client now covers: remove them")
        .isEmpty();
    assertThat(addedUncovered)
        .as("July 2026 operations the client does not cover and KnownMissingAdditions lacks")
        .allMatch(KnownMissingAdditions.ALL::contains);
    assertThat(KnownMissingAdditions.ALL)
        .as("KnownMissingAdditions entries that are not additions of the July 2026 specification")
        .allMatch(id -> additions.stream().anyMatch(o -> o.operationId().equals(id)));
    assertThat(
            additions.stream()
                .filter(op -> KnownMissingAdditions.ALL.contains(op.operationId()))
                .map(SpecOperation::tag)
                .filter(
                    tag -> KnownMissingAdditions.PREVIEW_TAGS.stream().noneMatch(tag::startsWith))
                .toList())
        .as("known-missing July 2026 operations outside the preview areas (cover them instead)")
        .isEmpty();

    assertThat(covered.stream().filter(Bindings.KNOWN_MISSING::contains).toList())
        .as("operations on the known-missing list that the client now declares: remove them")
        .isEmpty();
    assertThat(uncovered)
        .as("operations the client does not declare and that are not on the known-missing list")
        .allMatch(Bindings.KNOWN_MISSING::contains);
    assertThat(Bindings.KNOWN_MISSING)
        .as("known-missing entries that are not operations of the seed")
        .allMatch(id -> operations.stream().anyMatch(o -> o.operationId().equals(id)));
  }

  @Test
  void everyCoveredOperationIsBoundAndEveryBindingMatchesTheSpec() {
    for (SpecOperation op : catalogue) {
      if (op.coveredBy(declared)) {
        assertThat(Bindings.of(op.operationId()))
            .as("covered %s needs a binding in Bindings.ALL", op.operationId())
            .isNotEmpty();
      }
    }
    for (Binding binding : Bindings.ALL) {
      SpecOperation op =
          catalogue.stream()
              .filter(o -> o.operationId().equals(binding.operationId()))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no such operation " + binding.operationId()));
      assertThat(binding.operation().method()).isEqualTo(op.method());
      assertThat(binding.operation().path()).isEqualTo(op.wirePath());
      assertThat(declared).contains(binding.operation());
    }
  }

  // ---------------------------------------------------------------- the table

  @Test
  void noRedCellOffTheKnownFailureList() {
    Set<String> unexpected = new TreeSet<>(findings);
    unexpected.removeAll(KnownFailures.ALL);
    assertThat(unexpected).as("conformance failures not on KnownFailures.ALL").isEmpty();
  }

  @Test
  void knownFailuresOnlyShrink() {
    Set<String> fixed = new TreeSet<>(KnownFailures.ALL);
    fixed.removeAll(findings);
    assertThat(fixed).as("known failures that no longer occur: remove them").isEmpty();
  }

  // ---------------------------------------------------------------- response models

  @Test
  void everyResponsePropertyIsKeptOrAKnownGap() {
    Set<String> unexpected = new TreeSet<>(coverage.gaps().keySet());
    unexpected.removeAll(KnownModelGaps.ALL.keySet());
    assertThat(unexpected)
        .as(
            "response properties the models drop, not on KnownModelGaps.ALL (add a component, or"
                + " list it there with a reason)")
        .isEmpty();
  }

  @Test
  void knownModelGapsOnlyShrink() {
    Set<String> fixed = new TreeSet<>(KnownModelGaps.ALL.keySet());
    fixed.removeAll(coverage.gaps().keySet());
    assertThat(fixed).as("known model gaps that no longer occur: remove them").isEmpty();
  }

  @Test
  void modelCoverageStartsFromEveryJsonResponse() {
    // A response that never parsed would leave its models unchecked, silently.
    assertThat(RESPONSES).hasSizeGreaterThan(80);
    assertThat(ROOTED).containsAll(RESPONSES);
  }

  @Test
  void modelCoverageReachesTheNestedSchemasOfBothSpecs() {
    // Content chunks sit deep in conversation entries, below the generator's depth for optional
    // fields: the static walk must still get there, in both specs.
    assertThat(coverage.schemas())
        .contains(
            "seed ToolReferenceChunk",
            "2026-07 ToolReferenceChunk",
            "seed ChatCompletionResponse",
            "2026-07 ConversationResponse");
  }

  /**
   * Records a response schema and the type the client read an answer of it with, for the static
   * model check: the element type for a list, the event's {@code data} for a stream.
   */
  private static void addRoots(
      Spec spec,
      SchemaValidator validator,
      String label,
      JsonNode schema,
      JsonNode instance,
      Object parsed) {
    if (parsed == null || instance == null) {
      return;
    }
    if (parsed instanceof Page<?> page) {
      // The one page type reads every paged list: an object with data, object and total (each
      // a component of Page), or a bare array; the items are walked against the list's items.
      JsonNode resolved = spec.resolve(schema);
      boolean bare = resolved.has("items");
      // Voices send their items under "items" (a property, where a bare array has a keyword).
      String items = instance.has("items") && !instance.has("data") ? "items" : "data";
      ROOTED.add(ModelCoverage.shortName(spec) + " " + label.replace("[]", ""));
      addRoots(
          spec,
          validator,
          bare ? label : label + "." + items,
          bare ? schema : resolved.path("properties").path(items),
          bare ? instance : instance.get(items),
          page.data());
      return;
    }
    if (parsed instanceof List<?> && isDataWrapper(instance)) {
      // The items of a {"data": [...]} wrapper, handed out as a list (see checkResponses).
      ROOTED.add(ModelCoverage.shortName(spec) + " " + label.replace("[]", ""));
      addRoots(
          spec,
          validator,
          label + ".data",
          spec.resolve(schema).path("properties").path("data"),
          instance.get("data"),
          parsed);
      return;
    }
    if (parsed instanceof List<?> list) {
      JsonNode items = spec.resolve(schema).get("items");
      for (int i = 0; i < list.size() && items != null; i++) {
        addRoots(spec, validator, label + "[]", items, instance.get(i), list.get(i));
      }
      return;
    }
    ROOTED.add(ModelCoverage.shortName(spec) + " " + label.replace("[]", ""));
    ROOTS.add(
        new ModelCoverage.Root(
            spec, validator, schema, label, ModelCoverage.readerOf(parsed.getClass()), instance));
  }

  /**
   * A paged answer with the names of the one page type: the items under {@code data} (voices send
   * {@code items}), and the paging values a {@code pagination} object holds (documents) as the
   * page's own; a value the page does not carry still shows as dropped.
   */
  private static JsonNode inPageNames(JsonNode answer) {
    ObjectNode page = (ObjectNode) answer.deepCopy();
    if (page.has("items") && !page.has("data")) {
      page.set("data", page.remove("items"));
    }
    if (page.get("pagination") instanceof ObjectNode pagination) {
      page.remove("pagination");
      Map<String, String> names =
          Map.of(
              "total_items", "total",
              "current_page", "page",
              "page_size", "page_size",
              "total_pages", "total_pages",
              "has_more", "has_more");
      for (Map.Entry<String, JsonNode> value : pagination.properties()) {
        page.set(
            names.getOrDefault(value.getKey(), "pagination." + value.getKey()), value.getValue());
      }
    }
    return page;
  }

  /** Whether a JSON answer is an object holding only a {@code data} array. */
  private static boolean isDataWrapper(JsonNode json) {
    return json != null && json.isObject() && json.size() == 1 && json.path("data").isArray();
  }

  // ---------------------------------------------------------------- requests

  private static void checkRequest(SpecOperation op, Binding binding, Row row) {
    JsonNode liveOp = live.operation(op.method(), op.path()).orElse(null);
    Cell cell = row.request;
    if (liveOp == null) {
      cell.problems.add("operation missing from the live spec");
      return;
    }
    Map<String, String> params = parameters(op.operationId(), liveOp);
    boolean multipart = live.requestSchema(liveOp).isEmpty();
    JsonNode schema =
        live.requestSchema(liveOp).or(() -> live.multipartSchema(liveOp)).orElse(null);
    if (binding.requestType() == null) {
      cell.total++;
      LoggedRequest sent = send(binding, null, params, cell, minimalResponse(op, binding));
      if (sent != null && checkWire(op, binding, liveOp, params, sent, null, false, cell)) {
        cell.passed++;
      }
      return;
    }
    if (schema == null) {
      cell.problems.add("the client sends a body the live spec does not define");
      return;
    }
    Bindings.Refusal refusal = Bindings.REFUSED_BY_DESIGN.get(op.operationId());
    List<String> oneOf = Bindings.ONE_OF_FIELDS.get(op.operationId());
    for (JsonNode instance :
        oneOf == null ? variants(live, schema) : oneAtATime(variants(live, schema), oneOf)) {
      if (refusal != null && refusal.refuses().test(instance)) {
        row.refused.add(refusal.reason());
        continue;
      }
      cell.total++;
      List<String> invalid = liveValidator.validate(schema, instance);
      if (!invalid.isEmpty()) {
        cell.problems.add("generator made an invalid request: " + invalid.get(0));
        continue;
      }
      Object typed;
      try {
        typed = binding.reader().apply(instance);
      } catch (RuntimeException e) {
        cell.problems.add(
            "request does not read into "
                + binding.requestType().getSimpleName()
                + ": "
                + firstLine(e));
        continue;
      }
      row.extraBody.addAll(extraBodyKeys(typed));
      LoggedRequest sent = send(binding, typed, params, cell, minimalResponse(op, binding));
      if (sent != null) {
        SENT_REQUESTS.putIfAbsent(binding, typed);
      }
      if (sent != null
          && checkWire(op, binding, liveOp, params, sent, schema, instance.has(FILE_PART), cell)) {
        cell.passed++;
      }
      if (sent != null && multipart) {
        TreeDiff diff = TreeDiff.of(withoutFile(instance), withoutFile(formFields(sent, schema)));
        row.notSent.addAll(diff.dropped);
      } else if (sent != null && !sent.getBodyAsString().isEmpty()) {
        TreeDiff diff = TreeDiff.of(instance, JSON.readTree(sent.getBodyAsString()));
        row.notSent.addAll(diff.dropped);
      }
    }
  }

  /** The top-level fields a typed request carries only in its {@code extraBody} map. */
  private static Set<String> extraBodyKeys(Object typed) {
    Set<String> keys = new TreeSet<>();
    if (typed != null && typed.getClass().isRecord()) {
      // A request's value record is package-private behind its public interface: read the map
      // through the public type that declares the accessor.
      for (Class<?> type : publicTypesOf(typed.getClass())) {
        try {
          Object extra = type.getMethod("extraBody").invoke(typed);
          if (extra instanceof Map<?, ?> map) {
            map.keySet().forEach(k -> keys.add("/" + k));
          }
          break;
        } catch (NoSuchMethodException e) {
          // this public type has no extra body; try the next
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return keys;
  }

  /** The class itself when it is public, then the public interfaces it implements. */
  private static List<Class<?>> publicTypesOf(Class<?> type) {
    List<Class<?>> types = new ArrayList<>();
    if (java.lang.reflect.Modifier.isPublic(type.getModifiers())) {
      types.add(type);
    }
    for (Class<?> implemented : type.getInterfaces()) {
      if (java.lang.reflect.Modifier.isPublic(implemented.getModifiers())) {
        types.add(implemented);
      }
    }
    return types;
  }

  private static LoggedRequest send(
      Binding binding, Object request, Map<String, String> params, Cell cell, Stub response) {
    server.resetAll();
    server.stubFor(any(anyUrl()).willReturn(response.answer()));
    RuntimeException failure = null;
    try {
      binding.invoker().invoke(client, request, params);
    } catch (RuntimeException e) {
      // If the request was sent, what the client made of this answer is the response check's job.
      failure = e;
    }
    List<LoggedRequest> sent =
        server.getAllServeEvents().stream().map(e -> e.getRequest()).toList();
    if (sent.size() != 1) {
      cell.problems.add(
          binding.clientMethod()
              + " sent "
              + sent.size()
              + " requests instead of 1"
              + (sent.isEmpty() && failure != null ? ": " + firstLine(failure) : ""));
      return null;
    }
    return sent.get(0);
  }

  /** Checks method, path, query and body of a captured request; adds problems to the cell. */
  private static boolean checkWire(
      SpecOperation op,
      Binding binding,
      JsonNode liveOp,
      Map<String, String> params,
      LoggedRequest sent,
      JsonNode bodySchema,
      boolean fileSent,
      Cell cell) {
    int before = cell.problems.size();
    String url = sent.getUrl();
    String rawPath = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
    String query = url.contains("?") ? url.substring(url.indexOf('?') + 1) : "";
    if (!sent.getMethod().getName().equals(op.method())) {
      cell.problems.add("method is " + sent.getMethod().getName() + " instead of " + op.method());
    }
    List<Spec.Parameter> declaredParams = live.parameters(liveOp);
    Matcher matcher =
        Pattern.compile(op.wirePath().replaceAll("\\{[^}]+}", "([^/]+)")).matcher(rawPath);
    if (!matcher.matches()) {
      cell.problems.add("path " + rawPath + " does not match " + op.wirePath());
    } else {
      Matcher names = Pattern.compile("\\{([^}]+)}").matcher(op.wirePath());
      int group = 1;
      while (names.find()) {
        String name = names.group(1);
        String value = QueryCheck.decode(matcher.group(group++));
        if (!value.equals(params.get(name))) {
          cell.problems.add(
              "path parameter " + name + " is " + value + " instead of " + params.get(name));
        }
      }
    }
    cell.problems.addAll(queryCheck.problems(declaredParams, query, params));
    String body = sent.getBodyAsString();
    if (bodySchema != null && multipartSchemaOf(liveOp) == bodySchema) {
      checkMultipart(binding, sent, bodySchema, fileSent, cell);
    } else if (bodySchema == null) {
      if (!body.isEmpty()) {
        cell.problems.add("sends a body the spec does not define");
      }
    } else {
      JsonNode tree = JSON.readTree(body);
      for (String problem : liveValidator.validate(bodySchema, tree)) {
        cell.problems.add(binding.clientMethod() + " body " + problem);
      }
    }
    return cell.problems.size() == before;
  }

  // ---------------------------------------------------------------- multipart requests

  private static JsonNode multipartSchemaOf(JsonNode liveOp) {
    return live.multipartSchema(liveOp).orElse(null);
  }

  /**
   * Checks a {@code multipart/form-data} request: its content type, one {@code file} part with a
   * file name carrying {@link Bindings#UPLOAD_CONTENT} byte for byte when a file was given (and
   * none otherwise), no field the schema does not define or that is sent twice (a list is sent as
   * its field repeated, once per item, as the official SDKs send it), and the form fields, as a
   * JSON object, valid against the schema.
   */
  private static void checkMultipart(
      Binding binding, LoggedRequest sent, JsonNode schema, boolean fileGiven, Cell cell) {
    String method = binding.clientMethod();
    String contentType = sent.contentTypeHeader().mimeTypePart();
    if (!"multipart/form-data".equals(contentType)) {
      cell.problems.add(method + " sends " + contentType + " instead of multipart/form-data");
      return;
    }
    if (sent.getParts() == null || sent.getParts().isEmpty()) {
      cell.problems.add(method + " sends no multipart part");
      return;
    }
    JsonNode properties = live.resolve(schema).path("properties");
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Request.Part part : sent.getParts()) {
      counts.merge(part.getName(), 1, Integer::sum);
      if (!properties.has(part.getName())) {
        cell.problems.add(method + " sends multipart field " + part.getName() + " not in the spec");
      }
    }
    counts.forEach(
        (name, count) -> {
          if (count > 1 && !isArrayField(properties, name)) {
            cell.problems.add(method + " sends multipart field " + name + " " + count + " times");
          }
        });
    Request.Part file = sent.getPart(FILE_PART);
    if (file == null && fileGiven) {
      cell.problems.add(method + " sends no " + FILE_PART + " part");
    } else if (file != null && !fileGiven) {
      cell.problems.add(method + " sends a " + FILE_PART + " part it was not given");
    } else if (file != null) {
      if (file.getFileName() == null || file.getFileName().isBlank()) {
        cell.problems.add(method + " sends the " + FILE_PART + " part without a file name");
      } else if (!file.getFileName().equals(Bindings.UPLOAD_FILENAME)) {
        cell.problems.add(
            method
                + " sends the file name "
                + file.getFileName()
                + " instead of "
                + Bindings.UPLOAD_FILENAME);
      }
      byte[] bytes = file.getBody().asBytes();
      String difference = byteDifference(Bindings.UPLOAD_CONTENT, bytes);
      if (difference != null) {
        cell.problems.add(method + " sends file content that " + difference);
      }
    }
    for (String problem : liveValidator.validate(schema, formFields(sent, schema))) {
      cell.problems.add(method + " form " + problem);
    }
  }

  private static final String FILE_PART = "file";

  /**
   * The fields of a captured multipart request as a JSON object: each field's text, or its JSON
   * literal where the field's schema wants an integer, number or boolean and the text is one (as
   * for query values); a file part stands as its file name, a text as the schema's binary string.
   */
  private static ObjectNode formFields(LoggedRequest sent, JsonNode schema) {
    ObjectNode form = JsonNodeFactory.instance.objectNode();
    JsonNode properties = live.resolve(schema).path("properties");
    if (sent.getParts() == null) {
      return form;
    }
    for (Request.Part part : sent.getParts()) {
      if (part.getFileName() != null) {
        form.put(part.getName(), part.getFileName());
        continue;
      }
      String text = part.getBody().asString();
      JsonNode value = JsonNodeFactory.instance.stringNode(text);
      JsonNode property = properties.get(part.getName());
      if (isArrayField(properties, part.getName())) {
        JsonNode items = live.resolve(property).path("items");
        JsonNode item = formValue(items, text, value);
        JsonNode existing = form.get(part.getName());
        ArrayNode array =
            existing instanceof ArrayNode known ? known : form.putArray(part.getName());
        array.add(item);
        continue;
      }
      form.set(part.getName(), formValue(property, text, value));
    }
    return form;
  }

  /** Whether a form field's schema is an array (or a union with an array branch). */
  private static boolean isArrayField(JsonNode properties, String name) {
    JsonNode property = properties.get(name);
    return property != null && queryCheck.accepts(property, "array");
  }

  /**
   * A form field's value: its text, or its JSON literal where the schema wants an integer, number
   * or boolean and the text is one.
   */
  private static JsonNode formValue(JsonNode property, String text, JsonNode value) {
    if (property != null
        && !property.isMissingNode()
        && !liveValidator.validate(property, value).isEmpty()) {
      try {
        JsonNode literal = JSON.readTree(text);
        if (literal != null
            && (literal.isNumber() || literal.isBoolean())
            && liveValidator.validate(property, literal).isEmpty()) {
          return literal;
        }
      } catch (RuntimeException notJson) {
        // stays text; the validation reports it
      }
    }
    return value;
  }

  /**
   * The variants with at most one of the fields a request carries one of: a variant with several
   * becomes one variant per field it has, each keeping that field alone; one with none stays (the
   * refusal check decides about it).
   */
  private static List<JsonNode> oneAtATime(List<JsonNode> variants, List<String> fields) {
    List<JsonNode> result = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (JsonNode variant : variants) {
      List<String> present = fields.stream().filter(variant::has).toList();
      if (present.size() <= 1) {
        if (seen.add(variant.toString())) {
          result.add(variant);
        }
        continue;
      }
      for (String keep : present) {
        ObjectNode copy = (ObjectNode) variant.deepCopy();
        present.stream().filter(field -> !field.equals(keep)).forEach(copy::remove);
        if (seen.add(copy.toString())) {
          result.add(copy);
        }
      }
    }
    return result;
  }

  private static JsonNode withoutFile(JsonNode form) {
    ObjectNode copy = (ObjectNode) form.deepCopy();
    copy.remove(FILE_PART);
    return copy;
  }

  /** Null when the bytes are the expected ones; else how they differ, for the report. */
  private static String byteDifference(byte[] expected, byte[] actual) {
    int mismatch = Arrays.mismatch(expected, actual);
    if (mismatch < 0) {
      return null;
    }
    return "differs from the "
        + expected.length
        + " bytes given: "
        + actual.length
        + " bytes, first difference at byte "
        + mismatch;
  }

  /**
   * A value for every parameter of the live operation (example, else generated): a scalar as its
   * text, an array or object value (filters such as {@code source}, or batch {@code metadata}) as
   * JSON text, which the invokers read back into the client's types.
   */
  private static Map<String, String> parameters(String operationId, JsonNode liveOp) {
    Map<String, String> params = new LinkedHashMap<>();
    Map<String, String> fixed = Bindings.PARAMETER_VALUES.getOrDefault(operationId, Map.of());
    for (Spec.Parameter p : live.parameters(liveOp)) {
      if (fixed.containsKey(p.name())) {
        params.put(p.name(), fixed.get(p.name()));
        continue;
      }
      if (p.example() != null) {
        params.put(p.name(), p.example());
        continue;
      }
      JsonNode value =
          p.schema() == null ? null : new InstanceGenerator(live, false, 0).generate(p.schema());
      if (value == null || value.isNull()) {
        if (p.required()) {
          throw new IllegalStateException("no value for required parameter " + p.name());
        }
        continue;
      }
      if (value.isArray()) {
        value = twoItems(p.schema(), value);
      }
      params.put(p.name(), value.isValueNode() ? value.asString() : value.toString());
    }
    return params;
  }

  /**
   * An array parameter's value with two different items where its item schema has two values (the
   * first two of an enum), so that the check sees how the client writes more than one.
   */
  private static JsonNode twoItems(JsonNode schema, JsonNode generated) {
    JsonNode array = live.resolve(schema);
    for (JsonNode branch : array.path("anyOf")) {
      if ("array".equals(live.resolve(branch).path("type").asString(""))) {
        array = live.resolve(branch);
      }
    }
    JsonNode items = array.get("items");
    if (items == null) {
      return generated;
    }
    ArrayNode result = JsonNodeFactory.instance.arrayNode();
    for (int variant = 0; variant < 2; variant++) {
      JsonNode item = new InstanceGenerator(live, false, variant).generate(items);
      if (!result.has(0) || !result.get(0).equals(item)) {
        result.add(item);
      }
    }
    return result;
  }

  // ---------------------------------------------------------------- responses

  private static void checkResponses(
      SpecOperation op,
      Binding binding,
      Spec spec,
      SchemaValidator validator,
      Cell cell,
      Row row,
      boolean drift) {
    JsonNode specOp = spec.operation(op.method(), op.path()).orElse(null);
    String contentType = binding.streaming() ? "text/event-stream" : "application/json";
    JsonNode schema = specOp == null ? null : spec.responseSchema(specOp, contentType).orElse(null);
    String binary = specOp == null || binding.streaming() ? null : binaryType(spec, specOp);
    if (binary != null) {
      checkBinaryResponses(binding, cell, binary);
      return;
    }
    if (schema == null && specOp != null && answersNoContent(specOp)) {
      checkNoContent(op, binding, cell);
      return;
    }
    if (schema == null) {
      return; // e.g. the spec declares no event stream for agents completions
    }
    String rootLabel = op.operationId() + (binding.streaming() ? " event" : " 200");
    RESPONSES.add(ModelCoverage.shortName(spec) + " " + rootLabel);
    JsonNode liveOp = live.operation(op.method(), op.path()).orElseThrow();
    Map<String, String> params = parameters(op.operationId(), liveOp);
    Object request;
    try {
      request = minimalRequest(binding, liveOp);
    } catch (RuntimeException e) {
      cell.problems.add("cannot build a minimal request: " + firstLine(e));
      return;
    }
    for (JsonNode instance : variants(spec, schema)) {
      cell.total++;
      List<String> invalid = validator.validate(schema, instance);
      if (!invalid.isEmpty()) {
        cell.problems.add("generator made an invalid response: " + invalid.get(0));
        continue;
      }
      Stub stub = stub(binding, instance);
      Object parsed;
      server.resetAll();
      server.stubFor(any(anyUrl()).willReturn(stub.answer()));
      try {
        parsed = binding.invoker().invoke(client, request, params);
      } catch (RuntimeException e) {
        if (stub.error != null) {
          String problem = errorEventProblem(stub.error, e);
          if (problem == null) {
            cell.passed++;
          } else {
            cell.problems.add(binding.clientMethod() + problem);
          }
          continue;
        }
        cell.problems.add(binding.clientMethod() + " does not parse: " + firstLine(e));
        continue;
      }
      if (stub.error != null) {
        cell.problems.add(
            binding.clientMethod() + " does not fail on a conversation.response.error event");
        continue;
      }
      JsonNode expected = instance;
      if (binding.streaming() && parsed instanceof List<?> events && !events.isEmpty()) {
        JsonNode data = spec.resolve(schema).path("properties").get("data");
        addRoots(
            spec,
            validator,
            rootLabel,
            data == null ? schema : data,
            stub.events.isEmpty() ? null : stub.events.get(0),
            events.get(0));
      } else if (!binding.streaming()) {
        addRoots(spec, validator, rootLabel, schema, instance, parsed);
      }
      if (binding.streaming()) {
        List<?> chunks = (List<?>) parsed;
        if (chunks.size() != stub.events.size()) {
          cell.problems.add(
              binding.clientMethod()
                  + " read "
                  + chunks.size()
                  + " events, not "
                  + stub.events.size());
          continue;
        }
        if (stub.events.size() > 1) {
          // The conversation protocol's closing done event: read like any other event.
          JsonNode last = stub.events.get(stub.events.size() - 1);
          TreeDiff closing = TreeDiff.of(last, JSON.valueToTree(chunks.get(chunks.size() - 1)));
          for (String problem : closing.changed) {
            cell.problems.add(binding.clientMethod() + " changes the done event's " + problem);
          }
          for (String problem : closing.dropped) {
            cell.problems.add(binding.clientMethod() + " drops the done event's " + problem);
          }
        }
        parsed = chunks.get(0);
        expected = deltaContentAsList(stub.events.get(0));
      }
      int before = cell.problems.size();
      if (parsed instanceof Page<?> page && expected != null && expected.isArray()) {
        // A bare JSON array is read as a page with no total: its items are what it kept.
        parsed = page.data();
      }
      if (parsed instanceof Page<?> && expected != null && expected.isObject()) {
        expected = inPageNames(expected);
      }
      if (parsed instanceof List<?> && isDataWrapper(expected)) {
        // A list the API wraps as {"data": [...]} and does not page (libraries, their sharing):
        // the client hands out the items, which must be all the wrapper held.
        expected = expected.get("data");
      }
      TreeDiff diff = TreeDiff.of(expected, JSON.valueToTree(parsed));
      for (String changed : diff.changed) {
        cell.problems.add(binding.clientMethod() + " changes " + changed);
      }
      if (drift) {
        row.driftDropped.addAll(diff.dropped);
      } else {
        for (String dropped : diff.dropped) {
          cell.problems.add(binding.clientMethod() + " drops " + dropped);
        }
        List<String> unknown = new ArrayList<>();
        ObjectGraph.unknownTypes(parsed, "", unknown);
        for (String u : unknown) {
          cell.problems.add(binding.clientMethod() + " reads a known type as " + u);
        }
      }
      if (cell.problems.size() == before) {
        cell.passed++;
      }
    }
  }

  private static final String OCTET_STREAM = "application/octet-stream";

  /**
   * The binary content type of the operation's 200 response, or null when it is JSON: {@code
   * application/octet-stream} offered alone (a file's content), or an audio type (a voice's sample,
   * which the spec also lists as a JSON string: the API answers {@code audio/wav}, which is what
   * the official SDKs ask for, so the audio is what is read).
   */
  private static String binaryType(Spec spec, JsonNode specOp) {
    JsonNode content = spec.resolve(specOp.path("responses").path("200")).path("content");
    if (!content.has("application/json") && content.has(OCTET_STREAM)) {
      return OCTET_STREAM;
    }
    for (String type : content.propertyNames()) {
      if (type.startsWith("audio/")) {
        return type;
      }
    }
    return null;
  }

  /**
   * The downloads the binary response checks serve: empty, one text line, every byte value, and 1
   * MiB of seeded noise (more than one network buffer).
   */
  private static List<byte[]> binaryPayloads() {
    byte[] every = new byte[256];
    for (int i = 0; i < every.length; i++) {
      every[i] = (byte) i;
    }
    byte[] noise = new byte[1 << 20];
    new Random(45).nextBytes(noise);
    return List.of(new byte[0], "{\"id\": 1}\n".getBytes(StandardCharsets.UTF_8), every, noise);
  }

  /** Binary content must reach the caller byte for byte: no JSON reading, no charset. */
  private static void checkBinaryResponses(Binding binding, Cell cell, String contentType) {
    JsonNode liveOp =
        live.operation(binding.operation().method(), binding.operation().path()).orElseThrow();
    Map<String, String> params = parameters(binding.operationId(), liveOp);
    for (byte[] payload : binaryPayloads()) {
      cell.total++;
      server.resetAll();
      server.stubFor(any(anyUrl()).willReturn(new Stub(contentType, payload).answer()));
      Object read;
      try {
        read = binding.invoker().invoke(client, null, params);
      } catch (RuntimeException e) {
        cell.problems.add(
            binding.clientMethod()
                + " fails on "
                + payload.length
                + " bytes of "
                + contentType
                + ": "
                + firstLine(e));
        continue;
      }
      if (!(read instanceof byte[] bytes)) {
        cell.problems.add(binding.clientMethod() + " does not return bytes");
        continue;
      }
      String difference = byteDifference(payload, bytes);
      if (difference == null) {
        cell.passed++;
      } else {
        cell.problems.add(binding.clientMethod() + " reads content that " + difference);
      }
    }
  }

  /**
   * A canned answer.
   *
   * @param bytes the body, when binary (then {@code body} is null)
   * @param events for a stream, the events the client must emit, in order
   * @param error for a conversation stream, the {@code conversation.response.error} event it
   *     carries (the client fails the stream with it instead of emitting it), else null
   */
  private record Stub(
      String contentType, String body, byte[] bytes, List<JsonNode> events, JsonNode error) {

    Stub(String contentType, String body) {
      this(contentType, body, null, List.of(), null);
    }

    Stub(String contentType, String body, List<JsonNode> events, JsonNode error) {
      this(contentType, body, null, events, error);
    }

    Stub(String contentType, byte[] bytes) {
      this(contentType, null, bytes, List.of(), null);
    }

    /** The answer of an operation that answers {@code 204 No Content}: no body, no type. */
    static final Stub NO_CONTENT = new Stub(null, "");

    ResponseDefinitionBuilder answer() {
      if (contentType == null) {
        return aResponse().withStatus(204);
      }
      ResponseDefinitionBuilder answer =
          aResponse().withStatus(200).withHeader("Content-Type", contentType);
      return bytes != null ? answer.withBody(bytes) : answer.withBody(body);
    }
  }

  private static final String CONVERSATION_ERROR = "conversation.response.error";

  private static Stub stub(Binding binding, JsonNode instance) {
    if (binding.streaming()) {
      JsonNode data = instance.has("data") ? instance.get("data") : instance;
      if (binding.sse().typedEvents()) {
        return typedEventStub(data, binding.sse());
      }
      return new Stub(
          "text/event-stream", "data: " + data + "\n\ndata: [DONE]\n\n", List.of(data), null);
    }
    return new Stub("application/json", instance.toString());
  }

  /**
   * A stream of typed events as the API sends it (conversations, transcriptions, speech): each
   * event named after its data's {@code type} (not the generated {@code event}, which is drawn
   * independently of the data's branch), no {@code [DONE]}, and the closing event last ({@code
   * conversation.response.done}, {@code transcription.done}, {@code speech.audio.done}), which is
   * added after the generated event unless it is one. A conversation error event fails the stream,
   * so nothing follows it.
   */
  private static Stub typedEventStub(JsonNode data, Bindings.Sse sse) {
    String type = data.path("type").asString("");
    StringBuilder body = new StringBuilder();
    body.append("event: ").append(type).append("\ndata: ").append(data).append("\n\n");
    if (type.equals(CONVERSATION_ERROR)) {
      return new Stub("text/event-stream", body.toString(), List.of(), data);
    }
    List<JsonNode> events = new ArrayList<>(List.of(data));
    if (!type.equals(sse.doneType)) {
      Spec spec = sse.live ? live : seed;
      JsonNode done =
          new InstanceGenerator(spec, true, 0).generate(spec.schemas().path(sse.doneSchema));
      ((ObjectNode) done).put("type", sse.doneType);
      body.append("event: ").append(sse.doneType).append("\ndata: ").append(done);
      body.append("\n\n");
      events.add(done);
    }
    return new Stub("text/event-stream", body.toString(), events, null);
  }

  /**
   * A {@code message.output.delta} event may carry one chunk object as its {@code content}; the
   * client reads it as a one-chunk list (by design, so that every message content has one type),
   * and writes it back as such. The expected tree gets the same shape, for that property only.
   */
  private static JsonNode deltaContentAsList(JsonNode event) {
    if (!"message.output.delta".equals(event.path("type").asString(""))
        || !event.path("content").isObject()) {
      return event;
    }
    ObjectNode copy = (ObjectNode) event.deepCopy();
    copy.putArray("content").add(event.get("content").deepCopy());
    return copy;
  }

  /**
   * Null when {@code failure} is the client's {@link ConversationStreamException} carrying the
   * error event's message and code; else what is wrong, for the report.
   */
  private static String errorEventProblem(JsonNode error, RuntimeException failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof ConversationStreamException stream) {
        String message = error.path("message").asString(null);
        Integer code = error.path("code").isNumber() ? error.get("code").asInt() : null;
        if (!Objects.equals(stream.errorMessage(), message)) {
          return " changes the error event's /message to " + stream.errorMessage();
        }
        if (!Objects.equals(stream.code(), code)) {
          return " changes the error event's /code to " + stream.code();
        }
        return null;
      }
    }
    return " fails on a conversation.response.error event with " + firstLine(failure);
  }

  /** Whether an operation answers {@code 204 No Content} and has no {@code 200} answer. */
  private static boolean answersNoContent(JsonNode specOp) {
    JsonNode responses = specOp.path("responses");
    return responses.has("204") && !responses.has("200");
  }

  /** A {@code 204 No Content} answer must complete the call, with nothing to read. */
  private static void checkNoContent(SpecOperation op, Binding binding, Cell cell) {
    cell.total++;
    JsonNode liveOp = live.operation(op.method(), op.path()).orElseThrow();
    Map<String, String> params = parameters(op.operationId(), liveOp);
    server.resetAll();
    server.stubFor(any(anyUrl()).willReturn(Stub.NO_CONTENT.answer()));
    try {
      Object read = binding.invoker().invoke(client, minimalRequest(binding, liveOp), params);
      if (read != null) {
        cell.problems.add(binding.clientMethod() + " reads " + read + " from a 204 No Content");
        return;
      }
      cell.passed++;
    } catch (RuntimeException e) {
      cell.problems.add(binding.clientMethod() + " fails on 204 No Content: " + firstLine(e));
    }
  }

  private static Stub minimalResponse(SpecOperation op, Binding binding) {
    // An addition's responses are the live spec's; the seed's operations answer as the seed says.
    Spec home = op.addition() ? live : seed;
    JsonNode homeOp = home.operation(op.method(), op.path()).orElseThrow();
    String binary = binding.streaming() ? null : binaryType(home, homeOp);
    if (binary != null) {
      return new Stub(binary, Bindings.UPLOAD_CONTENT);
    }
    if (answersNoContent(homeOp)) {
      return Stub.NO_CONTENT;
    }
    String contentType = binding.streaming() ? "text/event-stream" : "application/json";
    JsonNode schema =
        home.responseSchema(homeOp, contentType)
            .or(() -> home.responseSchema(homeOp, "application/json"))
            .orElseThrow();
    if (binding.streaming() && home.responseSchema(homeOp, contentType).isEmpty()) {
      schema = home.schemas().path("CompletionEvent");
    }
    return stub(binding, new InstanceGenerator(home, true, 0).generate(schema));
  }

  /**
   * The request the response checks send: the first variant the request check got the client to
   * send (the required-only one, unless the client refuses it), so that a request the client will
   * not send is reported once, by the request check, and not again for every response variant.
   */
  private static Object minimalRequest(Binding binding, JsonNode liveOp) {
    if (binding.requestType() == null) {
      return null;
    }
    if (SENT_REQUESTS.containsKey(binding)) {
      return SENT_REQUESTS.get(binding);
    }
    JsonNode schema =
        live.requestSchema(liveOp).or(() -> live.multipartSchema(liveOp)).orElseThrow();
    return binding.reader().apply(new InstanceGenerator(live, true, 0).generate(schema));
  }

  /** Required-only and every-field instances, one per branch of the widest union. */
  static List<JsonNode> variants(Spec spec, JsonNode schema) {
    Set<String> seen = new LinkedHashSet<>();
    List<JsonNode> result = new ArrayList<>();
    for (boolean requiredOnly : new boolean[] {true, false}) {
      int branches = 1;
      for (int v = 0; v < branches && v < MAX_VARIANTS; v++) {
        InstanceGenerator generator = new InstanceGenerator(spec, requiredOnly, v);
        JsonNode instance = generator.generate(schema);
        branches = Math.max(branches, generator.branches());
        if (seen.add(instance.toString())) {
          result.add(instance);
        }
      }
    }
    return result;
  }

  static String firstLine(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getClass().getSimpleName() + ": " + root.getMessage();
    int newline = message.indexOf('\n');
    message = newline < 0 ? message : message.substring(0, newline);
    return message.length() > 160 ? message.substring(0, 157) + "..." : message;
  }

  /** One result cell: how many checks passed, and the problems of those that did not. */
  static final class Cell {
    final String name;
    int passed;
    int total;
    final Set<String> problems = new TreeSet<>();

    Cell(String name) {
      this.name = name;
    }
  }

  /** One row of the table: a seed operation and what the checks found. */
  static final class Row {
    final SpecOperation operation;
    final List<String> clientMethods = new ArrayList<>();
    final Cell request = new Cell("request");
    final Cell response = new Cell("response");
    final Cell drift = new Cell("drift");
    final Set<String> notSent = new TreeSet<>();
    final Set<String> extraBody = new TreeSet<>();
    final Set<String> driftDropped = new TreeSet<>();
    final Set<String> refused = new TreeSet<>();

    Row(SpecOperation operation) {
      this.operation = operation;
    }
  }
}
