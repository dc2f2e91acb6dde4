package io.github.mistralspring.client.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mistralspring.client.json.MistralJson;
import io.github.mistralspring.client.model.ChunkListContent;
import io.github.mistralspring.client.model.FinishReason;
import io.github.mistralspring.client.model.TextContent;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.cfg.MapperConfig;
import tools.jackson.databind.introspect.Annotated;
import tools.jackson.databind.introspect.JacksonAnnotationIntrospector;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hand-written chunk reader against the mapper's general record reader, which it replaces on
 * the stream path: both must read the same values from every chunk shape.
 */
class CompletionChunkDeserializerTest {

  /** The client's mapper with the chunk types read the general way, as the reference. */
  private static final JsonMapper GENERAL =
      MistralJson.newMapper()
          .rebuild()
          .annotationIntrospector(
              new JacksonAnnotationIntrospector() {
                @Override
                public Object findDeserializer(MapperConfig<?> config, Annotated annotated) {
                  Class<?> type = annotated.getRawType();
                  if (type == CompletionChunk.class
                      || type == CompletionResponseStreamChoice.class
                      || type == DeltaMessage.class) {
                    return null;
                  }
                  return super.findDeserializer(config, annotated);
                }
              })
          .build();

  static Stream<String> chunks() {
    List<String> chunks =
        new ArrayList<>(
            List.of(
                "{\"id\":\"a\",\"object\":\"chat.completion.chunk\",\"created\":1750000000,"
                    + "\"model\":\"m\",\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\","
                    + "\"content\":\"Hel\"},\"finish_reason\":null}]}",
                "{\"id\":\"a\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"\"},"
                    + "\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":12,"
                    + "\"completion_tokens\":3,\"total_tokens\":15,\"num_cached_tokens\":4,"
                    + "\"prompt_tokens_details\":{\"cached_tokens\":4}}}",
                "{\"id\":\"t\",\"choices\":[{\"index\":0,\"delta\":{\"tool_calls\":[{\"id\":\"c1\","
                    + "\"type\":\"function\",\"index\":0,\"function\":{\"name\":\"f\","
                    + "\"arguments\":\"{\\\"x\\\":\"}}]},\"finish_reason\":\"tool_calls\"}]}",
                "{\"id\":\"k\",\"choices\":[{\"index\":0,\"delta\":{\"content\":[{\"type\":"
                    + "\"thinking\",\"thinking\":[{\"type\":\"text\",\"text\":\"hmm\"}]},"
                    + "{\"type\":\"text\",\"text\":\"ok\"}]}}]}",
                // Unknown properties of every shape, in every object, are skipped.
                "{\"p\":{\"q\":[1,{\"r\":null}]},\"id\":\"u\",\"choices\":[{\"logprobs\":{\"a\":[1]},"
                    + "\"index\":1,\"delta\":{\"extra\":[[]],\"content\":\"x\",\"z\":true},"
                    + "\"finish_reason\":\"brand_new\",\"w\":\"v\"}],\"tail\":1.5}",
                // Nulls everywhere, and missing fields.
                "{\"id\":null,\"object\":null,\"created\":null,\"model\":null,\"usage\":null,"
                    + "\"choices\":[{\"index\":null,\"delta\":{\"role\":null,\"content\":null,"
                    + "\"tool_calls\":null},\"finish_reason\":null},null]}",
                "{\"choices\":null}",
                "{\"choices\":[{\"delta\":null}]}",
                "{}",
                "{\"choices\":[]}",
                // Coercions the mapper allows: numbers as strings and back.
                "{\"id\":42,\"created\":\"1750000001\",\"choices\":[{\"index\":\"2\","
                    + "\"delta\":{\"role\":\"assistant\"}}]}",
                "{\"created\":1.0E9}"));
    for (Cassettes.Interaction interaction : Cassettes.chatInteractions()) {
      String body = interaction.rawResponseBody();
      if (body == null || !body.contains("data:")) {
        continue;
      }
      for (String line : body.split("\n")) {
        if (line.startsWith("data: {")) {
          chunks.add(line.substring("data: ".length()));
        }
      }
    }
    return chunks.stream();
  }

  @ParameterizedTest
  @MethodSource("chunks")
  void readsEveryChunkAsTheGeneralRecordReaderDoes(String json) {
    CompletionChunk fast = MistralJson.mapper().readValue(json, CompletionChunk.class);
    CompletionChunk general = GENERAL.readValue(json, CompletionChunk.class);

    assertThat(fast).isEqualTo(general);
  }

  @Test
  void theRecordedStreamsAreAmongTheSamples() {
    assertThat(chunks().count()).isGreaterThan(20);
  }

  @Test
  void readsTheCommonShapesIntoTheExpectedValues() {
    CompletionChunk chunk =
        MistralJson.mapper()
            .readValue(
                "{\"id\":\"a\",\"created\":7,\"choices\":[{\"index\":0,\"delta\":{\"content\":"
                    + "\"Hi\"},\"finish_reason\":\"length\"},{\"index\":1,\"delta\":{\"content\":"
                    + "[{\"type\":\"text\",\"text\":\"x\"}]}}]}",
                CompletionChunk.class);

    assertThat(chunk.id()).isEqualTo("a");
    assertThat(chunk.created()).isEqualTo(7L);
    assertThat(chunk.choices()).hasSize(2);
    assertThat(chunk.choices().get(0).delta().content()).isEqualTo(new TextContent("Hi"));
    assertThat(chunk.choices().get(0).finishReason()).isEqualTo(FinishReason.LENGTH);
    assertThat(chunk.choices().get(1).delta().content()).isInstanceOf(ChunkListContent.class);
    assertThat(chunk.deltaText()).isEqualTo("Hi");
  }

  @Test
  void failsOnAChunkThatIsNotAnObjectAsTheMapperWould() {
    for (String json : List.of("[1]", "\"text\"", "{\"choices\":[1]}", "{\"choices\":{}}")) {
      assertThatThrownBy(() -> MistralJson.mapper().readValue(json, CompletionChunk.class))
          .as(json)
          .isInstanceOf(DatabindException.class);
      assertThatThrownBy(() -> GENERAL.readValue(json, CompletionChunk.class))
          .as(json)
          .isInstanceOf(DatabindException.class);
    }
  }

  @Test
  void aDeltaWithoutToolCallsHasNone() {
    // Lists on responses are never null: both readers give the same empty list.
    String json = "{\"id\":\"a\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Hi\"}}]}";
    for (JsonMapper mapper : List.of(MistralJson.mapper(), GENERAL)) {
      DeltaMessage delta = mapper.readValue(json, CompletionChunk.class).choices().get(0).delta();
      assertThat(delta).isNotNull();
      assertThat(delta.toolCalls()).isEmpty();
    }
    assertThat(new DeltaMessage(null, null, null).toolCalls()).isEmpty();
  }
}
