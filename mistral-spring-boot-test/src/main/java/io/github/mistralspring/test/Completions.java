package io.github.mistralspring.test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Chat, FIM and agents completions: what the model says, as one JSON body or as SSE chunks.
 *
 * <p>Each choice's text is picked from the model, the prompt and a variant number. Variant 0 is the
 * canonical answer, so the same prompt always reads the same. With {@code temperature: 0} every
 * choice is variant 0 (greedy decoding); otherwise choice {@code i} is variant {@code i}, or, when
 * {@code random_seed} is set, a variant drawn from that seed and {@code i}. {@code stop} cuts the
 * text before the first stop sequence and {@code max_tokens} after that many tokens.
 */
final class Completions {

  private static final List<String> OPENINGS =
      List.of(
          "Here is a short answer about \"%s\".",
          "Good question: \"%s\".",
          "Let me help with \"%s\".",
          "About \"%s\": here is what matters.");
  private static final List<String> POINTS =
      List.of(
          "Start with the simplest approach that meets the requirement, then refine it.",
          "Check each step against a small example before you rely on it.",
          "The main trade-off is between speed and accuracy, so decide which matters more here.",
          "Write down your assumptions; most surprises come from one that did not hold.",
          "If the result looks wrong, look at the input first: it is usually the culprit.",
          "A clear name and a short test make the solution easy to trust later.",
          "Keep the pieces small and independent so each can be changed on its own.",
          "Measure before optimising, since the slow part is rarely where you expect.");
  private static final List<String> CODE =
      List.of(
          "return result;",
          "if (value == null) {\n    return defaultValue;\n  }\n  return value;",
          "total += item;",
          "return a + b",
          "for (int i = 0; i < n; i++) {\n    sum += values[i];\n  }",
          "return fibonacci(n - 1) + fibonacci(n - 2)");

  /** The size of the blocks in which a cached prompt prefix is counted. */
  private static final int CACHE_BLOCK = 16;

  /** The most choices one request may ask for. */
  static final int MAX_CHOICES = 8;

  /** One choice: text, or the tool calls the model makes. */
  record Choice(String text, ArrayNode toolCalls, String finishReason) {

    int completionTokens() {
      return text == null ? estimateTokens(Json.write(toolCalls)) : tokens(text).size();
    }
  }

  /** What one completion produced: its choices and the prompt's token counts. */
  record Generation(List<Choice> choices, int promptTokens, int cachedTokens) {

    Choice first() {
      return choices.get(0);
    }

    int completionTokens() {
      return choices.stream().mapToInt(Choice::completionTokens).sum();
    }
  }

  private final Seeds seeds;

  /** The last prompt sent with each {@code prompt_cache_key}, to count what a new one reuses. */
  private final Map<String, String> promptCache = new ConcurrentHashMap<>();

  Completions(Seeds seeds) {
    this.seeds = seeds;
  }

  static boolean isGeneration(String path) {
    return path.equals("/v1/chat/completions")
        || path.equals("/v1/fim/completions")
        || path.equals("/v1/agents/completions")
        || path.matches("/v1/conversations(/[^/]+(/restart)?)?");
  }

  /** The text of every message, for the prompt's token count and the answer's seed. */
  static String transcript(JsonNode messages) {
    StringBuilder text = new StringBuilder();
    if (messages != null && messages.isArray()) {
      for (JsonNode message : messages) {
        text.append(Json.text(message, "role", "user"))
            .append(": ")
            .append(Json.contentText(message.get("content")))
            .append('\n');
      }
    }
    return text.toString();
  }

  /**
   * What the model says to these chat messages: the script when there is one; else tool calls when
   * {@link ToolRule} decides so; else an answer to tool results, JSON for a JSON response format,
   * or a deterministic answer to the last user message.
   */
  Generation chat(JsonNode request, JsonNode messages, String model, MockResponse script) {
    String transcript = transcript(messages);
    JsonNode tools = request.get("tools");
    int promptTokens =
        estimateTokens(transcript) + 3 + (tools == null ? 0 : estimateTokens(Json.write(tools)));
    int cached = cachedTokens(Json.text(request, "prompt_cache_key"), transcript);
    int n = choiceCount(request);
    String question = ToolRule.lastUserText(messages);
    long seed = Hashing.fnv(model + "\u0000" + transcript);
    List<Choice> choices = new ArrayList<>();
    if (script != null && script.kind() == MockResponse.Kind.TOOL_CALL) {
      for (int i = 0; i < n; i++) {
        List<ToolRule.Call> calls = new ArrayList<>();
        script.calls().forEach(call -> calls.add(new ToolRule.Call(call.name(), call.arguments())));
        choices.add(new Choice(null, toolCalls(calls), "tool_calls"));
      }
      return new Generation(choices, promptTokens, cached);
    }
    List<ToolRule.Call> calls =
        script == null ? ToolRule.decide(request, messages, seed) : List.of();
    if (!calls.isEmpty()) {
      for (int i = 0; i < n; i++) {
        choices.add(new Choice(null, toolCalls(calls), "tool_calls"));
      }
      return new Generation(choices, promptTokens, cached);
    }
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String text;
      if (script != null) {
        text = script.text();
      } else if (ToolRule.answersToolResults(messages)
          && !"json_schema".equals(Json.text(request.get("response_format"), "type"))) {
        text = ToolRule.answerFromResults(messages);
      } else {
        text = distinct(texts, request, i, variant -> formatted(request, question, model, variant));
      }
      texts.add(text);
      choices.add(limited(request, text));
    }
    return new Generation(choices, promptTokens, cached);
  }

  /** What the model puts between a FIM prompt and suffix: a line of code, or the script. */
  Generation fim(
      JsonNode request, String prompt, String suffix, String model, MockResponse script) {
    int promptTokens = estimateTokens(prompt + suffix) + 3;
    int n = choiceCount(request);
    List<Choice> choices = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String text =
          script != null && script.kind() == MockResponse.Kind.ANSWER
              ? script.text()
              : distinct(texts, request, i, variant -> code(prompt, suffix, variant));
      texts.add(text);
      choices.add(limited(request, text));
    }
    return new Generation(choices, promptTokens, 0);
  }

  private interface Variant {
    String text(long variant);
  }

  /**
   * Choice {@code index}'s text; when sampling, one that differs from the choices before it (as
   * samples of a real model almost always do).
   */
  private static String distinct(List<String> before, JsonNode request, int index, Variant maker) {
    long variant = variant(request, index);
    String text = maker.text(variant);
    for (int attempt = 1; variant != 0 && attempt < 16 && before.contains(text); attempt++) {
      text = maker.text(Hashing.mix(variant + attempt));
    }
    return text;
  }

  /** The variant of choice {@code index}: 0 for the canonical answer. */
  static long variant(JsonNode request, int index) {
    JsonNode temperature = request.get("temperature");
    if (temperature != null && temperature.isNumber() && temperature.doubleValue() == 0) {
      return 0;
    }
    JsonNode randomSeed = request.get("random_seed");
    if (randomSeed != null && randomSeed.isNumber()) {
      return Hashing.mix(randomSeed.longValue() * 31 + index) | 1;
    }
    return index;
  }

  private static int choiceCount(JsonNode request) {
    Integer n = Json.integer(request, "n");
    return n == null ? 1 : Math.max(1, Math.min(MAX_CHOICES, n));
  }

  /** The choice's text as {@code stop} and {@code max_tokens} leave it, with its finish reason. */
  private static Choice limited(JsonNode request, String text) {
    String kept = text;
    for (String stop : Json.stringList(request.get("stop"))) {
      int at = stop.isEmpty() ? -1 : kept.indexOf(stop);
      if (at >= 0) {
        kept = kept.substring(0, at);
      }
    }
    Integer maxTokens = Json.integer(request, "max_tokens");
    List<String> tokens = tokens(kept);
    if (maxTokens != null && maxTokens >= 0 && tokens.size() > maxTokens) {
      return new Choice(String.join("", tokens.subList(0, maxTokens)), null, "length");
    }
    return new Choice(kept, null, "stop");
  }

  /**
   * How many tokens of this prompt the API would read from its cache: the prefix shared with the
   * last prompt sent with the same {@code prompt_cache_key}, in whole blocks.
   */
  private int cachedTokens(String cacheKey, String transcript) {
    if (cacheKey == null) {
      return 0;
    }
    String previous = promptCache.put(cacheKey, transcript);
    if (previous == null) {
      return 0;
    }
    int shared = 0;
    int limit = Math.min(previous.length(), transcript.length());
    while (shared < limit && previous.charAt(shared) == transcript.charAt(shared)) {
      shared++;
    }
    return (shared / 4) / CACHE_BLOCK * CACHE_BLOCK;
  }

  private static String formatted(JsonNode request, String question, String model, long variant) {
    JsonNode format = request.get("response_format");
    String type = Json.text(format, "type", "text");
    if ("json_schema".equals(type)) {
      JsonNode schema = format.path("json_schema").get("schema");
      long seed = Hashing.fnv(model + "\u0000" + question) ^ variant;
      return Json.write(JsonSchemaSampler.sample(schema, seed));
    }
    if ("json_object".equals(type)) {
      ObjectNode object = Json.object();
      object.put("answer", answer(question, model, variant));
      return Json.write(object);
    }
    return answer(question, model, variant);
  }

  private ArrayNode toolCalls(List<ToolRule.Call> calls) {
    ArrayNode array = Json.array();
    int index = 0;
    for (ToolRule.Call call : calls) {
      ObjectNode item = array.addObject();
      item.put("id", seeds.alphanumeric(9));
      ObjectNode function = item.putObject("function");
      function.put("name", call.name());
      function.put("arguments", call.arguments());
      item.put("index", index++);
    }
    return array;
  }

  /**
   * A deterministic, plausible answer: the same question to the same model reads the same for the
   * same variant (0 for the canonical answer).
   */
  private static String answer(String question, String model, long variant) {
    String topic = question.strip().replaceAll("\\s+", " ");
    if (topic.isEmpty()) {
      return "Hello! How can I help you today?";
    }
    if (topic.length() > 80) {
      topic = topic.substring(0, 77) + "...";
    }
    long seed =
        Hashing.fnv(model + "\u0000" + question) ^ (variant == 0 ? 0 : Hashing.mix(variant));
    int first = Hashing.pick(seed + 1, POINTS.size());
    int second = (first + 1 + Hashing.pick(seed + 2, POINTS.size() - 1)) % POINTS.size();
    return String.format(OPENINGS.get(Hashing.pick(seed, OPENINGS.size())), topic)
        + " "
        + POINTS.get(first)
        + " "
        + POINTS.get(second);
  }

  /** A fill-in-the-middle answer: a line of code picked by the prompt and suffix. */
  static String code(String prompt, String suffix, long variant) {
    long seed = Hashing.fnv(prompt + "\u0000" + suffix) ^ (variant == 0 ? 0 : Hashing.mix(variant));
    return CODE.get(Hashing.pick(seed, CODE.size()));
  }

  /** Splits text into the pieces a stream sends: words with their leading whitespace. */
  static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    int start = 0;
    for (int i = 1; i <= text.length(); i++) {
      if (i == text.length()
          || (Character.isWhitespace(text.charAt(i))
              && !Character.isWhitespace(text.charAt(i - 1)))) {
        tokens.add(text.substring(start, i));
        start = i;
      }
    }
    return tokens;
  }

  static int estimateTokens(String text) {
    return Math.max(1, (int) Math.round(text.length() / 4.0));
  }

  /** The {@code chat.completion} body. */
  static ObjectNode response(String id, long created, String model, Generation generation) {
    ObjectNode body = Json.object();
    body.put("id", id);
    body.put("object", "chat.completion");
    body.put("created", created);
    body.put("model", model);
    ArrayNode choices = body.putArray("choices");
    int index = 0;
    for (Choice generated : generation.choices()) {
      ObjectNode choice = choices.addObject();
      choice.put("index", index++);
      ObjectNode message = choice.putObject("message");
      message.put("role", "assistant");
      message.put("content", generated.text() == null ? "" : generated.text());
      if (generated.toolCalls() == null) {
        message.putNull("tool_calls");
      } else {
        message.set("tool_calls", generated.toolCalls());
      }
      choice.put("finish_reason", generated.finishReason());
    }
    body.set("usage", usage(generation));
    return body;
  }

  /** The API's usage: token counts, with the cached part of the prompt in its details. */
  static ObjectNode usage(Generation generation) {
    ObjectNode usage = Json.object();
    usage.put("prompt_tokens", generation.promptTokens());
    usage.put("completion_tokens", generation.completionTokens());
    usage.put("total_tokens", generation.promptTokens() + generation.completionTokens());
    usage.putObject("prompt_tokens_details").put("cached_tokens", generation.cachedTokens());
    return usage;
  }

  /**
   * The stream of {@code chat.completion.chunk} events: for each choice a first chunk with the
   * role, one per token (or one with the tool calls) and one with its {@code finish_reason}; {@code
   * usage} on the last chunk, then {@code [DONE]}.
   */
  static List<String> chunks(String id, long created, String model, Generation generation) {
    List<String> events = new ArrayList<>();
    List<Choice> choices = generation.choices();
    for (int index = 0; index < choices.size(); index++) {
      Choice choice = choices.get(index);
      ObjectNode first = Json.object();
      first.put("role", "assistant");
      first.put("content", "");
      events.add(chunk(id, created, model, index, first, null, null));
      if (choice.text() != null) {
        for (String token : tokens(choice.text())) {
          ObjectNode delta = Json.object();
          delta.put("content", token);
          events.add(chunk(id, created, model, index, delta, null, null));
        }
      } else {
        ObjectNode delta = Json.object();
        delta.put("content", "");
        delta.set("tool_calls", choice.toolCalls());
        events.add(chunk(id, created, model, index, delta, null, null));
      }
      ObjectNode last = Json.object();
      last.put("content", "");
      boolean isLast = index == choices.size() - 1;
      events.add(
          chunk(
              id,
              created,
              model,
              index,
              last,
              choice.finishReason(),
              isLast ? usage(generation) : null));
    }
    events.add("data: [DONE]\n\n");
    return events;
  }

  private static String chunk(
      String id,
      long created,
      String model,
      int index,
      ObjectNode delta,
      String finish,
      ObjectNode usage) {
    ObjectNode chunk = Json.object();
    chunk.put("id", id);
    chunk.put("object", "chat.completion.chunk");
    chunk.put("created", created);
    chunk.put("model", model);
    ObjectNode choice = chunk.putArray("choices").addObject();
    choice.put("index", index);
    choice.set("delta", delta);
    if (finish == null) {
      choice.putNull("finish_reason");
    } else {
      choice.put("finish_reason", finish);
    }
    if (usage != null) {
      chunk.set("usage", usage);
    }
    return Reply.event(null, chunk);
  }
}
