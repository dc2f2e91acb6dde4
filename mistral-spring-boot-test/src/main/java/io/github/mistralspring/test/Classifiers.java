package io.github.mistralspring.test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Moderations and classifications: scores from keywords, so a test can steer the verdict. */
final class Classifiers {

  /** The moderation categories of mistral-moderation-latest, with words that trigger each. */
  private static final Map<String, List<String>> CATEGORIES = new LinkedHashMap<>();

  static {
    CATEGORIES.put("sexual", List.of("sexual", "nude", "porn"));
    CATEGORIES.put("hate_and_discrimination", List.of("hate", "racist", "inferior"));
    CATEGORIES.put("violence_and_threats", List.of("kill", "attack", "hurt", "threat", "shoot"));
    CATEGORIES.put(
        "dangerous_and_criminal_content", List.of("bomb", "weapon", "steal", "hack", "drugs"));
    CATEGORIES.put("selfharm", List.of("suicide", "self-harm", "hurt myself"));
    CATEGORIES.put("health", List.of("diagnos", "symptom", "medicine", "dose"));
    CATEGORIES.put("financial", List.of("invest", "stock", "loan", "crypto"));
    CATEGORIES.put("law", List.of("lawsuit", "legal advice", "sue "));
    CATEGORIES.put("pii", List.of("social security", "passport number", "credit card"));
  }

  private Classifiers() {}

  static Reply moderate(ApiCall call, boolean chat) {
    Reply invalid = call.require("input");
    if (invalid == null) {
      invalid = call.requireNonEmpty("input");
    }
    if (invalid == null) {
      invalid = call.requireKnownModel(Json.text(call.body(), "model"));
    }
    if (invalid != null) {
      return invalid;
    }
    ObjectNode response = Json.object();
    String model = Json.text(call.body(), "model", "mistral-moderation-latest");
    response.put("id", call.seeds.hex(32));
    response.put("model", model);
    ArrayNode results = response.putArray("results");
    for (String text : texts(call.body().get("input"), chat)) {
      ObjectNode result = results.addObject();
      ObjectNode categories = result.putObject("categories");
      ObjectNode scores = result.putObject("category_scores");
      String lower = text.toLowerCase(Locale.ROOT);
      CATEGORIES.forEach(
          (category, words) -> {
            boolean hit = words.stream().anyMatch(lower::contains);
            double score =
                hit
                    ? 0.9 + 0.09 * Hashing.unit(Hashing.fnv(category + text))
                    : 0.02 * Hashing.unit(Hashing.fnv(category + text));
            categories.put(category, hit);
            scores.put(category, Math.round(score * 1e6) / 1e6);
          });
    }
    return Reply.ok(response);
  }

  static Reply classify(ApiCall call, boolean chat) {
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
    ObjectNode response = Json.object();
    response.put("id", call.seeds.hex(32));
    response.put("model", Json.text(call.body(), "model"));
    ArrayNode results = response.putArray("results");
    for (String text : texts(call.body().get("input"), chat)) {
      String lower = text.toLowerCase(Locale.ROOT);
      double positive = 0.34;
      double negative = 0.33;
      if (List.of("good", "great", "love", "excellent", "happy").stream()
          .anyMatch(lower::contains)) {
        positive = 0.9;
        negative = 0.04;
      } else if (List.of("bad", "hate", "awful", "terrible", "sad").stream()
          .anyMatch(lower::contains)) {
        positive = 0.04;
        negative = 0.9;
      }
      ObjectNode scores = results.addObject().putObject("sentiment").putObject("scores");
      scores.put("positive", positive);
      scores.put("negative", negative);
      scores.put("neutral", Math.round((1 - positive - negative) * 100) / 100.0);
    }
    return Reply.ok(response);
  }

  /**
   * One text per result: each string input; for chat moderation ({@code ChatModerationRequest}) one
   * conversation (a list of messages) or several (a list of lists); for chat classification ({@code
   * ChatClassificationRequestInputs}) one {@code InstructRequest} ({@code {"messages": [...]}}) or
   * a list of them.
   */
  private static List<String> texts(JsonNode input, boolean chat) {
    List<String> texts = new ArrayList<>();
    if (!chat) {
      texts.addAll(Json.stringList(input));
      return texts;
    }
    if (input != null && input.isObject()) {
      texts.add(Completions.transcript(input.path("messages")));
    } else if (input != null && input.isArray() && !input.isEmpty()) {
      JsonNode first = input.get(0);
      if (first.isArray()) {
        input.forEach(conversation -> texts.add(Completions.transcript(conversation)));
      } else if (first.isObject() && first.has("messages") && !first.has("role")) {
        input.forEach(request -> texts.add(Completions.transcript(request.path("messages"))));
      } else {
        texts.add(Completions.transcript(input));
      }
    }
    return texts;
  }
}
