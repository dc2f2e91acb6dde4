package io.github.mistralspring.client.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mistralspring.client.error.StructuredOutputException;
import io.github.mistralspring.client.json.MistralJson;
import io.github.mistralspring.client.model.ResponseFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@link StructuredOutput}: what is sent for a type, and how answers in the generated shape read
 * back, polymorphic and generic types included.
 */
class StructuredOutputTest {

  @Test
  void aSealedTypeReadsBackFromTheJsonJacksonWritesForIt() {
    SchemaTypes.Drawing drawing =
        new SchemaTypes.Drawing(
            "plan",
            new SchemaTypes.Square(2),
            List.of(new SchemaTypes.Circle(1), new SchemaTypes.Triangle(3, 4)),
            Optional.empty());
    String json = MistralJson.mapper().writeValueAsString(drawing);

    assertThat(json).contains("\"kind\":\"circle\"").contains("\"kind\":\"SchemaTypes$Square\"");
    assertThat(StructuredOutput.of(SchemaTypes.Drawing.class).parse(json)).isEqualTo(drawing);

    SchemaTypes.Zoo zoo =
        new SchemaTypes.Zoo(List.of(new SchemaTypes.Cat("Tom"), new SchemaTypes.Dog("Rex")));
    String zooJson = MistralJson.mapper().writeValueAsString(zoo);
    assertThat(zooJson).contains("\"type\":\"Cat\"");
    assertThat(StructuredOutput.of(SchemaTypes.Zoo.class).parse(zooJson)).isEqualTo(zoo);
  }

  @Test
  void anAnswerNamingASubtypeByItsDiscriminatorReadsAsThatSubtype() {
    StructuredOutput<SchemaTypes.Checkout> output = StructuredOutput.of(SchemaTypes.Checkout.class);

    assertThat(output.parse("{\"payment\":{\"@type\":\"credit_card\",\"number\":\"4111\"}}"))
        .isEqualTo(new SchemaTypes.Checkout(new SchemaTypes.Card("4111")));
    assertThat(output.parse("{\"payment\":{\"@type\":\"transfer\",\"iban\":\"FR76\"}}"))
        .isEqualTo(new SchemaTypes.Checkout(new SchemaTypes.Transfer("FR76")));
    assertThatThrownBy(() -> output.parse("{\"payment\":{\"@type\":\"cash\",\"iban\":\"x\"}}"))
        .isInstanceOf(StructuredOutputException.class)
        .hasMessageContaining("does not match Checkout");
  }

  @Test
  void subtypesWithoutADiscriminatorAreToldApartByTheirProperties() {
    assertThat(
            StructuredOutput.of(SchemaTypes.Person2.class)
                .parse("{\"contact\":{\"number\":\"+33 1\"}}"))
        .isEqualTo(new SchemaTypes.Person2(new SchemaTypes.Phone("+33 1")));
  }

  @Test
  void aListIsAskedForWrappedInAnObjectAndReadBackUnwrapped() {
    StructuredOutput<List<SchemaTypes.Item>> output =
        StructuredOutput.of(new TypeRef<List<SchemaTypes.Item>>() {});

    assertThat(output.isWrapped()).isTrue();
    assertThat(output.name()).isEqualTo("List_Item");
    assertThat(output.schema()).containsEntry("type", "object");
    assertThat(output.schema()).containsEntry("required", List.of("value"));
    assertThat(output.schema()).containsEntry("additionalProperties", false);
    assertThat(output.schema()).containsKey("$defs");
    @SuppressWarnings("unchecked")
    Map<String, Object> value =
        (Map<String, Object>)
            ((Map<String, Object>) output.schema().get("properties")).get("value");
    assertThat(value).containsEntry("type", "array").doesNotContainKey("$defs");

    List<SchemaTypes.Item> items = output.parse("{\"value\":[{\"name\":\"pen\",\"quantity\":2}]}");
    assertThat(items).containsExactly(new SchemaTypes.Item("pen", 2));
  }

  @Test
  void aMapAndASealedRootAreWrappedToo() {
    StructuredOutput<Map<String, SchemaTypes.Item>> map =
        StructuredOutput.of(new TypeRef<Map<String, SchemaTypes.Item>>() {});
    assertThat(map.parse("{\"value\":{\"a\":{\"name\":\"pen\",\"quantity\":1}}}"))
        .containsEntry("a", new SchemaTypes.Item("pen", 1));

    StructuredOutput<SchemaTypes.Shape> shape = StructuredOutput.of(SchemaTypes.Shape.class);
    assertThat(shape.isWrapped()).isTrue();
    assertThat(shape.parse("{\"value\":{\"kind\":\"circle\",\"radius\":2.5}}"))
        .isEqualTo(new SchemaTypes.Circle(2.5));
  }

  @Test
  void aRecordIsSentAsItIs() {
    StructuredOutput<SchemaTypes.Item> output = StructuredOutput.of(SchemaTypes.Item.class);

    assertThat(output.isWrapped()).isFalse();
    assertThat(output.schema()).isEqualTo(JsonSchemaGenerator.generate(SchemaTypes.Item.class));
    assertThat(StructuredOutput.of(new TypeRef<SchemaTypes.Item>() {})).isSameAs(output);
  }

  @Test
  void requireCompatibleKeepsTheTypesFormatAndRefusesAnotherWithTheFix() {
    StructuredOutput<SchemaTypes.Item> output = StructuredOutput.of(SchemaTypes.Item.class);

    assertThat(output.requireCompatible(null)).isEqualTo(output.responseFormat());
    assertThat(output.requireCompatible(output.responseFormat()))
        .isEqualTo(output.responseFormat());
    assertThatThrownBy(() -> output.requireCompatible(ResponseFormat.jsonObject()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(output.name())
        .hasMessageContaining("json_object")
        .hasMessageContaining("build the request without responseFormat(...)");
  }

  @Test
  void aWrappedAnswerWithoutItsWrapperIsAMismatchWithTheRawText() {
    StructuredOutput<List<String>> output = StructuredOutput.of(new TypeRef<List<String>>() {});

    assertThatThrownBy(() -> output.parse("[\"a\"]"))
        .isInstanceOfSatisfying(
            StructuredOutputException.class,
            e -> {
              assertThat(e.rawText()).isEqualTo("[\"a\"]");
              assertThat(e.getMessage()).contains("the one property 'value'");
            });
    assertThatThrownBy(() -> output.parse("{\"value\":[\"a\"],\"extra\":1}"))
        .isInstanceOf(StructuredOutputException.class);
    assertThatThrownBy(() -> output.parse("{\"value\":[\"a\"]} trailing"))
        .isInstanceOf(StructuredOutputException.class);
  }

  @Test
  void aTypeRefCachesOneOutputPerPlaceInTheCode() {
    List<StructuredOutput<List<String>>> outputs = List.of(ref(), ref());

    assertThat(outputs.get(0)).isSameAs(outputs.get(1));
  }

  @Test
  void aTypeRefWithATypeVariableIsRejectedWithTheFix() {
    assertThatThrownBy(StructuredOutputTest::<String>withVariable)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("type variable X")
        .hasMessageContaining("new TypeRef<List<Item>>() {}");
  }

  private static StructuredOutput<List<String>> ref() {
    return StructuredOutput.of(new TypeRef<List<String>>() {});
  }

  private static <X> TypeRef<List<X>> withVariable() {
    return new TypeRef<List<X>>() {};
  }
}
