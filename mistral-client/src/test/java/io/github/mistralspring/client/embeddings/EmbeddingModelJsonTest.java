package io.github.mistralspring.client.embeddings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mistralspring.client.json.MistralJson;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Reading and writing the embeddings models with the client's mapper. */
class EmbeddingModelJsonTest {

  private final JsonMapper mapper = MistralJson.mapper();

  @Test
  void readsEveryFloatBackExactlyFromItsShortestDecimalForm() {
    Random random = new Random(42);
    float[] values = new float[20_000];
    for (int i = 0; i < values.length; i++) {
      // Random bit patterns cover subnormals, huge and tiny exponents; NaN and infinities are not
      // JSON numbers.
      float value;
      do {
        value = Float.intBitsToFloat(random.nextInt());
      } while (Float.isNaN(value) || Float.isInfinite(value));
      values[i] = value;
    }
    float[] edges = {
      Float.MIN_VALUE,
      Float.MAX_VALUE,
      Float.MIN_NORMAL,
      -0.0f,
      0.1f,
      1e-45f,
      3.4028235e38f,
      16777217f
    };
    StringBuilder json = new StringBuilder("{\"embedding\":[");
    for (int i = 0; i < values.length; i++) {
      json.append(i == 0 ? "" : ",").append(values[i]);
    }
    for (float edge : edges) {
      json.append(",").append(edge);
    }
    json.append("]}");

    float[] read = mapper.readValue(json.toString(), EmbeddingData.class).embedding();

    assertThat(read).hasSize(values.length + edges.length);
    for (int i = 0; i < values.length; i++) {
      assertThat(Float.floatToRawIntBits(read[i]))
          .as("value %d (%s)", i, values[i])
          .isEqualTo(Float.floatToRawIntBits(values[i]));
    }
    for (int i = 0; i < edges.length; i++) {
      assertThat(read[values.length + i]).isEqualTo(edges[i]);
    }
  }

  @Test
  void readsAVectorGivenAsBase64LittleEndianFloats() {
    float[] values = {0.5f, -1.25f, 3.0e-8f};
    ByteBuffer bytes = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
    for (float value : values) {
      bytes.putFloat(value);
    }
    String base64 = Base64.getEncoder().encodeToString(bytes.array());

    EmbeddingData data =
        mapper.readValue("{\"embedding\":\"" + base64 + "\",\"index\":0}", EmbeddingData.class);

    assertThat(data.embedding()).containsExactly(values);
  }

  @Test
  void failsClearlyOnAVectorThatIsNotNumbers() {
    assertThatThrownBy(() -> mapper.readValue("{\"embedding\":[0.1,\"x\"]}", EmbeddingData.class))
        .isInstanceOf(JacksonException.class);
    assertThatThrownBy(() -> mapper.readValue("{\"embedding\":\"abc\"}", EmbeddingData.class))
        .isInstanceOf(JacksonException.class)
        .hasMessageContaining("32-bit floats");
  }

  @Test
  void readsEmptyNullAndLongVectorsAndIgnoresUnknownFields() {
    assertThat(mapper.readValue("{\"embedding\":[]}", EmbeddingData.class).embedding()).isEmpty();
    // An absent vector reads as an empty one, never null, like every list of a response.
    assertThat(mapper.readValue("{\"embedding\":null,\"new\":1}", EmbeddingData.class).embedding())
        .isNotNull()
        .isEmpty();
    assertThat(mapper.readValue("{\"index\":0}", EmbeddingData.class).embedding())
        .isNotNull()
        .isEmpty();
    StringBuilder json = new StringBuilder("{\"embedding\":[0");
    for (int i = 1; i < 3000; i++) {
      json.append(",").append(i);
    }
    float[] long3000 =
        mapper.readValue(json.append("]}").toString(), EmbeddingData.class).embedding();
    assertThat(long3000).hasSize(3000);
    assertThat(long3000[2999]).isEqualTo(2999f);
  }

  @Test
  void comparesDataByVectorContentAndPrintsOnlyTheDimension() {
    EmbeddingData one = new EmbeddingData("embedding", new float[] {1f, 2f}, 0);
    EmbeddingData same = new EmbeddingData("embedding", new float[] {1f, 2f}, 0);

    assertThat(one).isEqualTo(same).hasSameHashCodeAs(same);
    assertThat(one.toString()).contains("dimension=2").doesNotContain("1.0");
  }

  @Test
  void readsAndWritesTheInputInTheFormItWasGiven() {
    EmbeddingRequest single = mapper.readValue("{\"input\":\"a\"}", EmbeddingRequest.class);
    EmbeddingRequest list = mapper.readValue("{\"input\":[\"a\",\"b\"]}", EmbeddingRequest.class);

    assertThat(single.input().single()).isTrue();
    assertThat(list.input().texts()).isEqualTo(List.of("a", "b"));
    assertThat(mapper.writeValueAsString(single)).isEqualTo("{\"input\":\"a\"}");
    assertThat(mapper.writeValueAsString(list)).isEqualTo("{\"input\":[\"a\",\"b\"]}");
  }

  @Test
  void keepsDataTypesTheClientDoesNotKnow() {
    EmbeddingRequest request =
        mapper.readValue(
            "{\"input\":\"a\",\"output_dtype\":\"int4\",\"encoding_format\":\"zstd\"}",
            EmbeddingRequest.class);

    assertThat(request.outputDtype()).isEqualTo(EmbeddingDtype.of("int4"));
    assertThat(request.encodingFormat().value()).isEqualTo("zstd");
    assertThat(EmbeddingDtype.of("uint8")).isEqualTo(EmbeddingDtype.UINT8);
    assertThat(mapper.writeValueAsString(request))
        .isEqualTo("{\"input\":\"a\",\"output_dtype\":\"int4\",\"encoding_format\":\"zstd\"}");
  }
}
