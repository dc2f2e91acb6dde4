package io.github.mistralspring.test;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Dense, deterministic embeddings in which texts about the same things are close. A text becomes
 * weighted features (its words, the pairs of words that follow each other, the character trigrams
 * of each word, and the topics of {@link Lexicon} its words belong to, so that "cat" and "kitten"
 * share one), and the features are projected onto the output dimension by a fixed random
 * projection, then normalised: cosine similarity between two vectors follows the overlap of their
 * features. The projection never changes, so a vector stored once stays comparable.
 */
final class Embeddings {

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private static final double WORD_WEIGHT = 1.0;
  private static final double TOPIC_WEIGHT = 1.2;
  private static final double PAIR_WEIGHT = 0.5;
  private static final double TRIGRAM_WEIGHT = 0.25;
  private static final double STOP_WORD_WEIGHT = 0.15;

  private Embeddings() {}

  /** The model's real default dimension: 1024 for mistral-embed, 1536 for codestral-embed. */
  static int dimension(String model) {
    return model.startsWith("codestral-embed") ? 1536 : 1024;
  }

  static float[] vector(String text, int dimension) {
    double[] sum = new double[dimension];
    for (Map.Entry<String, Double> feature : features(text).entrySet()) {
      project(feature.getKey(), feature.getValue(), sum);
    }
    double norm = 0;
    for (double value : sum) {
      norm += value * value;
    }
    float[] vector = new float[dimension];
    if (norm == 0) {
      vector[(int) Math.floorMod(Hashing.fnv(text), (long) dimension)] = 1f;
      return vector;
    }
    double scale = 1 / Math.sqrt(norm);
    for (int i = 0; i < dimension; i++) {
      vector[i] = (float) (sum[i] * scale);
    }
    return vector;
  }

  /** The text's features and their weights; a feature seen twice weighs twice. */
  static Map<String, Double> features(String text) {
    Map<String, Double> features = new LinkedHashMap<>();
    Matcher matcher = WORD.matcher(text.toLowerCase(Locale.ROOT));
    String previous = null;
    while (matcher.find()) {
      String word = Lexicon.stem(matcher.group());
      if (Lexicon.isStopWord(word)) {
        features.merge("w:" + word, STOP_WORD_WEIGHT, Double::sum);
        continue;
      }
      features.merge("w:" + word, WORD_WEIGHT, Double::sum);
      for (String topic : Lexicon.topics(word)) {
        features.merge("t:" + topic, TOPIC_WEIGHT, Double::sum);
      }
      String bounded = "^" + word + "$";
      for (int i = 0; i + 3 <= bounded.length(); i++) {
        features.merge("c:" + bounded.substring(i, i + 3), TRIGRAM_WEIGHT, Double::sum);
      }
      if (previous != null) {
        features.merge("p:" + previous + " " + word, PAIR_WEIGHT, Double::sum);
      }
      previous = word;
    }
    return features;
  }

  /**
   * Adds the feature's fixed random direction, scaled by its weight: values uniform in [-1, 1)
   * drawn from the feature's hash, the same on every run and machine.
   */
  private static void project(String feature, double weight, double[] sum) {
    long state = Hashing.mix(Hashing.fnv(feature)) | 1;
    for (int i = 0; i < sum.length; i++) {
      // xorshift64*: cheap, and good enough for a projection.
      state ^= state >>> 12;
      state ^= state << 25;
      state ^= state >>> 27;
      long bits = state * 0x2545F4914F6CDD1DL;
      sum[i] += weight * ((bits >>> 11) * 0x1.0p-52 - 1.0);
    }
  }

  static Reply create(ApiCall call) {
    Reply invalid = call.require("model", "input");
    if (invalid == null) {
      invalid = call.requireNonEmpty("input");
    }
    if (invalid == null) {
      invalid = call.requireKnownModel(Json.text(call.body(), "model"));
    }
    if (invalid != null) {
      return invalid;
    }
    JsonNode body = call.body();
    String model = Json.text(body, "model", "mistral-embed");
    List<String> inputs = Json.stringList(body.get("input"));
    Integer requested = Json.integer(body, "output_dimension");
    int dimension = requested != null && requested > 0 ? requested : dimension(model);
    String dtype = Json.text(body, "output_dtype", "float");
    boolean base64 = "base64".equals(Json.text(body, "encoding_format"));
    ObjectNode response = Json.object();
    response.put("id", call.seeds.hex(32));
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
