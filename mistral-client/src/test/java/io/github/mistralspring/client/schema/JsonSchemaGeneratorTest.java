package io.github.mistralspring.client.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mistralspring.client.json.MistralJson;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The generated schemas of a matrix of Java types, each compared with its golden file under {@code
 * src/test/resources/io/github/mistralspring/client/schema/golden}. After a deliberate change, run
 * with {@code -Dgolden.update=true} to rewrite the files, and review their diff.
 */
class JsonSchemaGeneratorTest {

  private static final String GOLDEN = "golden/";

  static Stream<Arguments> types() {
    return Stream.of(
        Arguments.of("scalars", SchemaTypes.Scalars.class),
        Arguments.of("collections", SchemaTypes.Collections.class),
        Arguments.of("optionals", SchemaTypes.Optionals.class),
        Arguments.of("enum-and-names", SchemaTypes.Task.class),
        Arguments.of("nested-shared", SchemaTypes.Person.class),
        Arguments.of("recursive-root", SchemaTypes.TreeNode.class),
        Arguments.of("mutually-recursive", SchemaTypes.Employee.class),
        Arguments.of("generic", SchemaTypes.Boxes.class),
        Arguments.of("descriptions-and-constraints", SchemaTypes.Product.class),
        Arguments.of("bean", SchemaTypes.Bean.class),
        Arguments.of("enum-root", SchemaTypes.Priority.class),
        Arguments.of("sealed-named", SchemaTypes.Drawing.class),
        Arguments.of("sealed-root", SchemaTypes.Shape.class),
        Arguments.of("subtypes-listed", SchemaTypes.Checkout.class),
        Arguments.of("sealed-simple-names", SchemaTypes.Zoo.class),
        Arguments.of("deduction", SchemaTypes.Person2.class),
        Arguments.of("list-root", new TypeRef<List<SchemaTypes.Item>>() {}.type()),
        Arguments.of("map-root", new TypeRef<Map<String, SchemaTypes.Item>>() {}.type()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("types")
  void generatesTheGoldenSchema(String name, Type type) throws IOException {
    assertMatchesGolden(name, JsonSchemaGenerator.generate(type));
  }

  @Test
  void generatesTheSchemaOfAMethodsParameters() throws Exception {
    Method method = SchemaTypes.class.getDeclaredMethod("weather", String.class, Optional.class);
    assertMatchesGolden("method-parameters", JsonSchemaGenerator.generateForParameters(method));
  }

  @Test
  void namesThePropertyAndTheTypeWithoutAJsonShape() {
    assertThatThrownBy(() -> JsonSchemaGenerator.generate(SchemaTypes.WithObject.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("WithObject.anything")
        .hasMessageContaining("java.lang.Object")
        .hasMessageContaining("use a record, an enum");
    assertThatThrownBy(() -> JsonSchemaGenerator.generate(SchemaTypes.WithInterface.class))
        .hasMessageContaining("WithInterface.action")
        .hasMessageContaining("java.lang.Runnable");
  }

  @Test
  void asksForTypeArgumentsAndStringKeys() {
    assertThatThrownBy(() -> JsonSchemaGenerator.generate(SchemaTypes.WithRawList.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("WithRawList.items")
        .hasMessageContaining("declare them (List<String>, not List)");
    assertThatThrownBy(() -> JsonSchemaGenerator.generate(SchemaTypes.WithIntKeys.class))
        .hasMessageContaining("WithIntKeys.byNumber")
        .hasMessageContaining("use String or enum keys");
  }

  @Test
  void asksForTypeInformationJacksonCanReadTheSubtypeBy() {
    assertThatThrownBy(() -> JsonSchemaGenerator.generate(SchemaTypes.WithUntyped.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("WithUntyped.value")
        .hasMessageContaining("sealed but has no @JsonTypeInfo")
        .hasMessageContaining("@JsonTypeInfo(use = JsonTypeInfo.Id.NAME");
    assertThatThrownBy(() -> JsonSchemaGenerator.generate(SchemaTypes.ByClass.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("uses CLASS")
        .hasMessageContaining("use JsonTypeInfo.Id.NAME");
    assertThatThrownBy(() -> JsonSchemaGenerator.generate(SchemaTypes.Clashing.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ClashingA.kind")
        .hasMessageContaining("'kind' is the type property");
  }

  @Test
  void generatesAFreshMapEveryTime() {
    var first = JsonSchemaGenerator.generate(SchemaTypes.Address.class);
    first.put("type", "changed");
    assertThat(JsonSchemaGenerator.generate(SchemaTypes.Address.class))
        .containsEntry("type", "object");
  }

  private static void assertMatchesGolden(String name, Object schema) throws IOException {
    String actual =
        MistralJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(schema) + "\n";
    if (Boolean.getBoolean("golden.update")) {
      Path file =
          Path.of(
              "src/test/resources/io/github/mistralspring/client/schema/"
                  + GOLDEN
                  + name
                  + ".json");
      Files.writeString(file, actual, StandardCharsets.UTF_8);
      return;
    }
    try (InputStream in =
        JsonSchemaGeneratorTest.class.getResourceAsStream(GOLDEN + name + ".json")) {
      assertThat(in)
          .as("golden file %s.json (run with -Dgolden.update=true to write it)", name)
          .isNotNull();
      assertThat(actual).isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }
}
