package io.github.mistralspring.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;

/** The static model check finds what a model drops, at any depth and in any union branch. */
class ModelCoverageTest {

  private static final Spec SPEC =
      Spec.parse(
          "test",
          """
          openapi: 3.1.0
          info: {title: test, version: "1"}
          paths: {}
          components:
            schemas:
              Outer:
                type: object
                required: [id]
                properties:
                  id: {type: string}
                  chunks:
                    type: array
                    items:
                      oneOf:
                        - $ref: '#/components/schemas/A'
                        - $ref: '#/components/schemas/B'
                        - $ref: '#/components/schemas/C'
                      discriminator:
                        propertyName: type
                        mapping: {a: '#/components/schemas/A', b: '#/components/schemas/B'}
                  content:
                    anyOf:
                      - type: string
                      - $ref: '#/components/schemas/A'
                      - type: 'null'
                  inner: {$ref: '#/components/schemas/Inner'}
                  labels:
                    type: object
                    additionalProperties: {$ref: '#/components/schemas/Inner'}
              A:
                type: object
                properties:
                  type: {type: string, const: a}
                  text: {type: string}
                  source: {anyOf: [{type: string}, {type: 'null'}]}
              B:
                type: object
                properties:
                  type: {type: string, enum: [b]}
                  file_id: {type: string}
              C:
                type: object
                properties:
                  type: {type: string, const: c}
                  future: {type: integer}
              Inner:
                type: object
                properties:
                  deep:
                    type: object
                    properties:
                      x: {type: string}
                      y: {type: string}
          """);

  @JsonTypeInfo(
      use = JsonTypeInfo.Id.NAME,
      include = JsonTypeInfo.As.EXISTING_PROPERTY,
      property = "type",
      visible = true,
      defaultImpl = UnknownChunk.class)
  @JsonSubTypes({
    @JsonSubTypes.Type(value = A.class, name = "a"),
    @JsonSubTypes.Type(value = B.class, name = "b")
  })
  sealed interface Chunk permits A, B, UnknownChunk {}

  @JsonTypeInfo(use = JsonTypeInfo.Id.NONE)
  @JsonIgnoreProperties(value = "type", allowGetters = true)
  record A(String text) implements Chunk {
    @JsonProperty("type")
    public String type() {
      return "a";
    }
  }

  @JsonTypeInfo(use = JsonTypeInfo.Id.NONE)
  record B(String type, @JsonProperty("file_id") String fileId) implements Chunk {}

  @JsonTypeInfo(use = JsonTypeInfo.Id.NONE)
  record UnknownChunk(String type, @JsonAnySetter Map<String, Object> properties)
      implements Chunk {}

  sealed interface Content permits Text, Parts {}

  record Text(@JsonValue String text) implements Content {}

  record Parts(@JsonValue List<Chunk> chunks) implements Content {}

  record Deep(String x) {}

  record Inner(Deep deep) {}

  record Outer(
      String id, List<Chunk> chunks, Content content, Inner inner, Map<String, Inner> labels) {}

  private static ModelCoverage walk(Class<?> type) {
    return ModelCoverage.of(
        List.of(
            new ModelCoverage.Root(
                SPEC,
                new SchemaValidator(SPEC),
                SPEC.schemas().get("Outer"),
                "Outer",
                type,
                JsonNodeFactory.instance.objectNode().put("id", "1"))));
  }

  @Test
  void findsDroppedPropertiesInUnionBranchesAndInlineSchemas() {
    ModelCoverage coverage = walk(Outer.class);

    assertThat(coverage.gaps()).containsOnlyKeys("test A.source -> A", "test Inner.deep.y -> Deep");
    assertThat(coverage.schemas())
        .containsExactlyInAnyOrder(
            "test Outer", "test A", "test B", "test C", "test Inner.deep", "test Inner");
  }

  @Test
  void aTypeIdWrittenBackAnAnnotatedNameAndAnExtraMapKeepTheirProperties() {
    ModelCoverage coverage = walk(Outer.class);

    // A's type is read as the type id and written back by its getter; B's file_id is its
    // component's JSON name; C is no subtype, so the fallback's extra map keeps its properties.
    assertThat(coverage.gaps().keySet())
        .noneMatch(k -> k.contains(".type") || k.contains("file_id"));
    assertThat(coverage.keptInExtra()).containsExactly("test C.future");
    assertThat(coverage.properties()).contains("test A.type", "test B.file_id", "test C.type");
  }

  @Test
  void readsAnAnswerWithTheTypeThatChoosesItsRecord() {
    assertThat(ModelCoverage.readerOf(A.class)).isEqualTo(Chunk.class);
    assertThat(ModelCoverage.readerOf(Outer.class)).isEqualTo(Outer.class);
  }
}
