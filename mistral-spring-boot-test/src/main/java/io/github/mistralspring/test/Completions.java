package io.github.mistralspring.test;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Chat, FIM and agents completions: what the model says, as one JSON body or as SSE chunks. */
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

  /** What one completion produced: text or tool calls, and its token counts. */
  record Generation(String text, ArrayNode toolCalls, String finishReason, int promptTokens) {

    int completionTokens() {
      return text == null ? estimateTokens(Json.write(toolCalls)) : tokens(text).size();
    }
  }

  private Completions() {}

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

  /** The last user message's text: what the answer is about. */
  static String lastUserText(JsonNode messages) {
    String last = "";
    if (messages != null && messages.isArray()) {
      for (JsonNode message : messages) {
        if ("user".equals(Json.text(message, "role"))) {
          last = Json.contentText(message.get("content"));
        }
      }
    }
    return last;
  }

  /**
   * Decides what the model says: the script when there is one; a tool call when the request
   * requires one; JSON for a JSON response format; else a deterministic answer to the question.
   */
  static Generation generate(
      JsonNode request, String question, String transcript, String model, MockResponse script) {
    long seed = Hashing.fnv(model + "\u0000" + transcript);
    int promptTokens = estimateTokens(transcript) + 3;
    JsonNode tools = request.get("tools");
    if (script != null && script.kind() == MockResponse.Kind.TOOL_CALL) {
      return toolCall(script.toolName(), script.toolArguments(), seed, promptTokens);
    }
    String text;
    if (script != null && script.kind() == MockResponse.Kind.ANSWER) {
      text = script.text();
    } else if (tools != null && tools.isArray() && !tools.isEmpty() && requiresTool(request)) {
      JsonNode tool = chooseTool(tools, request.get("tool_choice"));
      JsonNode function = tool.path("function");
      String arguments = Json.write(JsonSchemaSampler.sample(function.get("parameters"), seed));
      return toolCall(Json.text(function, "name", "tool"), arguments, seed, promptTokens);
    } else {
      text = formatted(request.get("response_format"), question, model, seed);
    }
    Integer maxTokens = Json.integer(request, "max_tokens");
    List<String> tokens = tokens(text);
    if (maxTokens != null && maxTokens >= 0 && tokens.size() > maxTokens) {
      return new Generation(
          String.join("", tokens.subList(0, maxTokens)), null, "length", promptTokens);
    }
    return new Generation(text, null, "stop", promptTokens);
  }

  private static String formatted(JsonNode format, String question, String model, long seed) {
    String type = Json.text(format, "type", "text");
    if ("json_schema".equals(type)) {
      JsonNode schema = format.path("json_schema").get("schema");
      return Json.write(JsonSchemaSampler.sample(schema, seed));
    }
    if ("json_object".equals(type)) {
      ObjectNode object = Json.object();
      object.put("answer", answer(question, model));
      return Json.write(object);
    }
    return answer(question, model);
  }

  private static boolean requiresTool(JsonNode request) {
    JsonNode choice = request.get("tool_choice");
    if (choice == null || choice.isNull()) {
      return false;
    }
    if (choice.isString()) {
      return "any".equals(choice.stringValue()) || "required".equals(choice.stringValue());
    }
    return choice.isObject();
  }

  private static JsonNode chooseTool(JsonNode tools, JsonNode choice) {
    String wanted =
        choice != null && choice.isObject()
            ? choice.path("function").path("name").asString("")
            : "";
    for (JsonNode tool : tools) {
      if (wanted.equals(tool.path("function").path("name").asString(""))) {
        return tool;
      }
    }
    return tools.get(0);
  }

  private static Generation toolCall(String name, String arguments, long seed, int promptTokens) {
    ArrayNode calls = Json.array();
    ObjectNode call = calls.addObject();
    call.put("id", toolCallId(seed));
    call.put("type", "function");
    ObjectNode function = call.putObject("function");
    function.put("name", name);
    function.put("arguments", arguments);
    call.put("index", 0);
    return new Generation(null, calls, "tool_calls", promptTokens);
  }

  /** Nine letters and digits, like the API's tool call ids. */
  static String toolCallId(long seed) {
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    StringBuilder id = new StringBuilder();
    long state = seed;
    for (int i = 0; i < 9; i++) {
      state = Hashing.mix(state);
      id.append(alphabet.charAt(Hashing.pick(state, alphabet.length())));
    }
    return id.toString();
  }

  /** A deterministic, plausible answer: the same question to the same model reads the same. */
  static String answer(String question, String model) {
    String topic = question.strip().replaceAll("\\s+", " ");
    if (topic.isEmpty()) {
      return "Hello! How can I help you today?";
    }
    if (topic.length() > 80) {
      topic = topic.substring(0, 77) + "...";
    }
    long seed = Hashing.fnv(model + "\u0000" + question);
    int first = Hashing.pick(seed + 1, POINTS.size());
    int second = (first + 1 + Hashing.pick(seed + 2, POINTS.size() - 1)) % POINTS.size();
    return String.format(OPENINGS.get(Hashing.pick(seed, OPENINGS.size())), topic)
        + " "
        + POINTS.get(first)
        + " "
        + POINTS.get(second);
  }

  /** A fill-in-the-middle answer: a line of code picked by the prompt and suffix. */
  static String code(String prompt, String suffix) {
    return CODE.get(Hashing.pick(Hashing.fnv(prompt + "\u0000" + suffix), CODE.size()));
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
  static ObjectNode response(String id, long created, String model, Generation generation, int n) {
    ObjectNode body = Json.object();
    body.put("id", id);
    body.put("object", "chat.completion");
    body.put("created", created);
    body.put("model", model);
    ArrayNode choices = body.putArray("choices");
    for (int index = 0; index < Math.max(1, n); index++) {
      ObjectNode choice = choices.addObject();
      choice.put("index", index);
      ObjectNode message = choice.putObject("message");
      message.put("role", "assistant");
      message.put("content", generation.text() == null ? "" : generation.text());
      if (generation.toolCalls() == null) {
        message.putNull("tool_calls");
      } else {
        message.set("tool_calls", generation.toolCalls());
      }
      choice.put("finish_reason", generation.finishReason());
    }
    body.set("usage", usage(generation));
    return body;
  }

  static ObjectNode usage(Generation generation) {
    ObjectNode usage = Json.object();
    usage.put("prompt_tokens", generation.promptTokens());
    usage.put("completion_tokens", generation.completionTokens());
    usage.put("total_tokens", generation.promptTokens() + generation.completionTokens());
    return usage;
  }

  /**
   * The stream of {@code chat.completion.chunk} events: a first chunk with the role, one per token
   * (or one with the tool calls), a last one with {@code finish_reason} and {@code usage}, then
   * {@code [DONE]}.
   */
  static List<String> chunks(String id, long created, String model, Generation generation) {
    List<String> events = new ArrayList<>();
    ObjectNode first = Json.object();
    first.put("role", "assistant");
    first.put("content", "");
    events.add(chunk(id, created, model, first, null, null));
    if (generation.text() != null) {
      for (String token : tokens(generation.text())) {
        ObjectNode delta = Json.object();
        delta.put("content", token);
        events.add(chunk(id, created, model, delta, null, null));
      }
    } else {
      ObjectNode delta = Json.object();
      delta.put("content", "");
      delta.set("tool_calls", generation.toolCalls());
      events.add(chunk(id, created, model, delta, null, null));
    }
    ObjectNode last = Json.object();
    last.put("content", "");
    events.add(chunk(id, created, model, last, generation.finishReason(), usage(generation)));
    events.add("data: [DONE]\n\n");
    return events;
  }

  private static String chunk(
      String id, long created, String model, ObjectNode delta, String finish, ObjectNode usage) {
    ObjectNode chunk = Json.object();
    chunk.put("id", id);
    chunk.put("object", "chat.completion.chunk");
    chunk.put("created", created);
    chunk.put("model", model);
    ObjectNode choice = chunk.putArray("choices").addObject();
    choice.put("index", 0);
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
