package io.github.mistralspring.test;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Embeddings from hashed character trigrams: deterministic unit vectors in which texts that share
 * many trigrams (similar wording) are close, as cosine similarity goes.
 */
final class Embeddings {

  private Embeddings() {}

  /** The model's real default dimension: 1024 for mistral-embed, 1536 for codestral-embed. */
  static int dimension(String model) {
    return model.startsWith("codestral-embed") ? 1536 : 1024;
  }

  static float[] vector(String text, int dimension) {
    float[] vector = new float[dimension];
    String normalized = " " + text.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ") + " ";
    for (int i = 0; i + 3 <= normalized.length(); i++) {
      long hash = Hashing.mix(Hashing.fnv(normalized.substring(i, i + 3)));
      vector[(int) Math.floorMod(hash, (long) dimension)] += (hash >>> 63) == 0 ? 1f : -1f;
      long second = Hashing.mix(hash);
      vector[(int) Math.floorMod(second, (long) dimension)] += (second >>> 63) == 0 ? 0.5f : -0.5f;
    }
    double norm = 0;
    for (float value : vector) {
      norm += value * value;
    }
    if (norm == 0) {
      vector[(int) Math.floorMod(Hashing.fnv(text), (long) dimension)] = 1f;
      return vector;
    }
    float scale = (float) (1 / Math.sqrt(norm));
    for (int i = 0; i < dimension; i++) {
      vector[i] *= scale;
    }
    return vector;
  }

  static Reply create(ApiCall call) {
    Reply missing = call.require("model", "input");
    if (missing != null) {
      return missing;
    }
    JsonNode body = call.body();
    String model = Json.text(body, "model", "mistral-embed");
    List<String> inputs = Json.stringList(body.get("input"));
    Integer requested = Json.integer(body, "output_dimension");
    int dimension = requested != null && requested > 0 ? requested : dimension(model);
    String dtype = Json.text(body, "output_dtype", "float");
    boolean base64 = "base64".equals(Json.text(body, "encoding_format"));
    ObjectNode response = Json.object();
    response.put("id", Json.hexId(Hashing.fnv(model + inputs)));
    response.put("object", "list");
    ArrayNode data = response.putArray("data");
    int tokens = 0;
    for (int index = 0; index < inputs.size(); index++) {
      String text = inputs.get(index);
      tokens += Completions.estimateTokens(text);
      ObjectNode item = data.addObject();
      item.put("object", "embedding");
      float[] vector = vector(text, dimension);
      if (base64 && "float".equals(dtype)) {
        ByteBuffer bytes = ByteBuffer.allocate(vector.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asFloatBuffer().put(vector);
        item.put("embedding", Base64.getEncoder().encodeToString(bytes.array()));
      } else {
        item.set("embedding", encode(vector, dtype));
      }
      item.put("index", index);
    }
    response.put("model", model);
    ObjectNode usage = response.putObject("usage");
    usage.put("prompt_tokens", tokens);
    usage.put("completion_tokens", 0);
    usage.put("total_tokens", tokens);
    return Reply.ok(response);
  }

  private static ArrayNode encode(float[] vector, String dtype) {
    ArrayNode values = Json.array();
    float max = 1e-9f;
    for (float value : vector) {
      max = Math.max(max, Math.abs(value));
    }
    switch (dtype) {
      case "int8" -> {
        for (float value : vector) {
          values.add(Math.round(value / max * 127));
        }
      }
      case "uint8" -> {
        for (float value : vector) {
          values.add(Math.round(value / max * 127) + 128);
        }
      }
      case "binary", "ubinary" -> {
        for (int i = 0; i < vector.length; i += 8) {
          int packed = 0;
          for (int bit = 0; bit < 8 && i + bit < vector.length; bit++) {
            packed = (packed << 1) | (vector[i + bit] > 0 ? 1 : 0);
          }
          values.add("binary".equals(dtype) ? packed - 128 : packed);
        }
      }
      default -> {
        for (float value : vector) {
          values.add(value);
        }
      }
    }
    return values;
  }
}
