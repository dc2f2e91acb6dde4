package io.github.mistralspring.test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * When the simulated model calls a function tool, and with which arguments; the rule the README
 * documents under "Tool calls".
 *
 * <ul>
 *   <li>{@code tool_choice: "none"}, or no function tools: never.
 *   <li>{@code tool_choice} naming a function: that function. {@code "any"} or {@code "required"}:
 *       the functions the last user message asks for, else the first one.
 *   <li>{@code "auto"} or no {@code tool_choice}: only when the last message is the user's, and for
 *       each function that message asks for: it names the function ({@code get_weather}), or a word
 *       of the name ({@code weather}; generic verbs such as get, list or search do not count), or
 *       two words of the function's description.
 *   <li>Several functions asked for are called at once, in the order the message mentions them,
 *       unless {@code parallel_tool_calls} is false (then only the first).
 *   <li>Arguments follow the function's parameter schema and are taken from the message where it
 *       can: an enum value the message contains; for text, the quoted texts and capitalised names
 *       of the message ({@code Paris}, {@code New York}) in order; for numbers, its numbers; the
 *       rest is sampled from the schema.
 * </ul>
 *
 * <p>After tool results (the last message has the role {@code tool}) the model answers with text
 * that quotes each result, unless {@code tool_choice} forces another call.
 */
final class ToolRule {

  /** One call the model makes. */
  record Call(String name, String arguments) {}

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final Pattern NAME_PART = Pattern.compile("[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\\d+");
  private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"|“([^”]+)”|'([^']{2,})'");
  private static final Pattern CAPITALISED =
      Pattern.compile("\\b\\p{Lu}[\\p{L}\\-]*(?:\\s+\\p{Lu}[\\p{L}\\-]*)*");
  private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?");

  /** Verbs and words so common in function names that they say nothing about what is asked. */
  private static final Set<String> GENERIC =
      Set.of(
          "get",
          "set",
          "list",
          "find",
          "fetch",
          "search",
          "create",
          "update",
          "delete",
          "make",
          "run",
          "call",
          "lookup",
          "look",
          "query",
          "tool",
          "tools",
          "check",
          "compute",
          "calculate",
          "retrieve",
          "current",
          "info",
          "data",
          "by",
          "for",
          "the",
          "and",
          "of",
          "to",
          "from",
          "with",
          "do",
          "is",
          "api",
          "func",
          "function",
          "handle",
          "process",
          "new",
          "add",
          "remove",
          "read",
          "write",
          "send",
          "show",
          "all");

  /** Words a description is made of that say nothing about what is asked. */
  private static final Set<String> STOP_WORDS =
      Set.of(
          "this",
          "that",
          "these",
          "those",
          "with",
          "from",
          "into",
          "about",
          "when",
          "what",
          "which",
          "where",
          "your",
          "their",
          "there",
          "have",
          "will",
          "would",
          "could",
          "should",
          "given",
          "returns",
          "return",
          "used",
          "uses",
          "using",
          "tool",
          "function",
          "value",
          "values",
          "some",
          "other",
          "than",
          "then",
          "them",
          "they",
          "also",
          "only",
          "each",
          "every",
          "current",
          "specified",
          "provided",
          "information",
          "name",
          "names",
          "user");

  private ToolRule() {}

  /** The calls the model makes for this request, or an empty list when it answers with text. */
  static List<Call> decide(JsonNode request, JsonNode messages, long seed) {
    List<JsonNode> functions = functions(request.get("tools"));
    if (functions.isEmpty()) {
      return List.of();
    }
    JsonNode choice = request.get("tool_choice");
    String mode = choice == null || choice.isNull() ? "auto" : choice.asString("auto");
    if (choice != null && choice.isObject()) {
      String wanted = choice.path("function").path("name").asString("");
      JsonNode forced =
          functions.stream()
              .filter(function -> wanted.equals(function.path("name").asString("")))
              .findFirst()
              .orElse(functions.get(0));
      return calls(List.of(forced), lastUserText(messages), seed);
    }
    if ("none".equals(mode)) {
      return List.of();
    }
    boolean forced = "any".equals(mode) || "required".equals(mode);
    if (!forced && !"user".equals(lastRole(messages))) {
      return List.of();
    }
    String message = lastUserText(messages);
    List<JsonNode> asked = askedFor(functions, message);
    if (asked.isEmpty()) {
      if (!forced) {
        return List.of();
      }
      asked = List.of(functions.get(0));
    }
    if (!Json.bool(request, "parallel_tool_calls", true)) {
      asked = asked.subList(0, 1);
    }
    return calls(asked, message, seed);
  }

  /** Whether the model answers tool results: the last message is a tool's. */
  static boolean answersToolResults(JsonNode messages) {
    return "tool".equals(lastRole(messages));
  }

  /**
   * The answer to tool results: each result since the model's last message, quoted with the name of
   * the function that gave it.
   */
  static String answerFromResults(JsonNode messages) {
    Map<String, String> names = new LinkedHashMap<>();
    List<JsonNode> results = new ArrayList<>();
    for (JsonNode message : messages) {
      String role = Json.text(message, "role", "");
      if ("assistant".equals(role)) {
        results.clear();
        for (JsonNode call : message.path("tool_calls")) {
          names.put(
              call.path("id").asString(""), call.path("function").path("name").asString("tool"));
        }
      } else if ("tool".equals(role)) {
        results.add(message);
      } else {
        results.clear();
      }
    }
    List<String> sentences = new ArrayList<>();
    for (JsonNode result : results) {
      String name = Json.text(result, "name");
      if (name == null) {
        name = names.getOrDefault(Json.text(result, "tool_call_id", ""), "the tool");
      }
      String content = Json.contentText(result.get("content")).strip();
      sentences.add("According to " + name + ": " + content + (content.endsWith(".") ? "" : "."));
    }
    return String.join(" ", sentences);
  }

  private static List<JsonNode> functions(JsonNode tools) {
    List<JsonNode> functions = new ArrayList<>();
    if (tools != null && tools.isArray()) {
      for (JsonNode tool : tools) {
        String type = Json.text(tool, "type", "function");
        if ("function".equals(type) && tool.path("function").has("name")) {
          functions.add(tool.get("function"));
        }
      }
    }
    return functions;
  }

  /** A word of a message, and where it starts. */
  private record Word(String text, int start) {}

  /** The functions the message asks for, in the order it first mentions them. */
  private static List<JsonNode> askedFor(List<JsonNode> functions, String message) {
    String lower = message.toLowerCase(Locale.ROOT);
    List<Word> words = words(lower);
    record Hit(JsonNode function, int position) {}
    List<Hit> hits = new ArrayList<>();
    for (JsonNode function : functions) {
      int position = mention(function, lower, words);
      if (position >= 0) {
        hits.add(new Hit(function, position));
      }
    }
    return hits.stream().sorted(Comparator.comparingInt(Hit::position)).map(Hit::function).toList();
  }

  /** Where the message first asks for the function, or -1 when it does not. */
  private static int mention(JsonNode function, String lower, List<Word> words) {
    String name = function.path("name").asString("");
    int whole = lower.indexOf(name.toLowerCase(Locale.ROOT));
    if (!name.isEmpty() && whole >= 0) {
      return whole;
    }
    int first = Integer.MAX_VALUE;
    for (String part : nameParts(name)) {
      int at = position(words, part);
      if (at >= 0) {
        first = Math.min(first, at);
      }
    }
    if (first != Integer.MAX_VALUE) {
      return first;
    }
    Set<String> matched = new LinkedHashSet<>();
    int earliest = Integer.MAX_VALUE;
    for (Word described : words(Json.text(function, "description", "").toLowerCase(Locale.ROOT))) {
      String word = described.text();
      if (word.length() < 4 || STOP_WORDS.contains(word) || matched.contains(word)) {
        continue;
      }
      int at = position(words, word);
      if (at >= 0) {
        matched.add(word);
        earliest = Math.min(earliest, at);
      }
    }
    return matched.size() >= 2 ? earliest : -1;
  }

  /** The telling words of a function name: {@code get_current_weather} gives {@code weather}. */
  static List<String> nameParts(String name) {
    List<String> parts = new ArrayList<>();
    Matcher matcher = NAME_PART.matcher(name);
    while (matcher.find()) {
      String part = matcher.group().toLowerCase(Locale.ROOT);
      if (part.length() >= 3 && !GENERIC.contains(part)) {
        parts.add(part);
      }
    }
    return parts;
  }

  /** Where the first word matching this one (plural or not) starts, or -1. */
  private static int position(List<Word> words, String wanted) {
    for (Word word : words) {
      if (sameWord(word.text(), wanted)) {
        return word.start();
      }
    }
    return -1;
  }

  private static boolean sameWord(String a, String b) {
    return a.equals(b) || singular(a).equals(singular(b));
  }

  private static String singular(String word) {
    if (word.length() > 4 && word.endsWith("ies")) {
      return word.substring(0, word.length() - 3) + "y";
    }
    if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")) {
      return word.substring(0, word.length() - 1);
    }
    return word;
  }

  private static List<Word> words(String text) {
    List<Word> words = new ArrayList<>();
    Matcher matcher = WORD.matcher(text);
    while (matcher.find()) {
      words.add(new Word(matcher.group(), matcher.start()));
    }
    return words;
  }

  private static List<Call> calls(List<JsonNode> functions, String message, long seed) {
    Values values = new Values(message);
    List<Call> calls = new ArrayList<>();
    for (JsonNode function : functions) {
      long callSeed = seed ^ Hashing.fnv(function.path("name").asString(""));
      JsonNode parameters = function.get("parameters");
      JsonNode arguments = JsonSchemaSampler.sample(parameters, callSeed);
      if (arguments.isObject() && parameters != null) {
        fill((ObjectNode) arguments, parameters, values, message);
      }
      calls.add(new Call(function.path("name").asString("tool"), Json.write(arguments)));
    }
    return calls;
  }

  /** Puts what the message says into the sampled arguments, property by property. */
  private static void fill(ObjectNode arguments, JsonNode schema, Values values, String message) {
    JsonNode properties = schema.get("properties");
    if (properties == null || !properties.isObject()) {
      return;
    }
    String lower = message.toLowerCase(Locale.ROOT);
    for (Map.Entry<String, JsonNode> property : properties.properties()) {
      JsonNode definition = property.getValue();
      JsonNode options = definition.get("enum");
      if (options != null && options.isArray()) {
        for (JsonNode option : options) {
          if (option.isString() && lower.contains(option.stringValue().toLowerCase(Locale.ROOT))) {
            arguments.set(property.getKey(), option);
            break;
          }
        }
        continue;
      }
      String type = Json.text(definition, "type", "");
      if ("string".equals(type) && !definition.has("format")) {
        String value = values.nextText();
        if (value != null) {
          arguments.put(property.getKey(), value);
        }
      } else if ("integer".equals(type) || "number".equals(type)) {
        String number = values.nextNumber();
        if (number != null && fits(definition, Double.parseDouble(number), type)) {
          arguments.set(
              property.getKey(),
              "integer".equals(type)
                  ? JsonNodeFactory.instance.numberNode(Long.parseLong(number))
                  : JsonNodeFactory.instance.numberNode(Double.parseDouble(number)));
        }
      }
    }
  }

  private static boolean fits(JsonNode definition, double value, String type) {
    if ("integer".equals(type) && value != Math.rint(value)) {
      return false;
    }
    JsonNode minimum = definition.get("minimum");
    JsonNode maximum = definition.get("maximum");
    return (minimum == null || value >= minimum.asDouble())
        && (maximum == null || value <= maximum.asDouble());
  }

  /** The values a message offers for arguments, each used once, in order. */
  private static final class Values {

    private final List<String> texts = new ArrayList<>();
    private final List<String> numbers = new ArrayList<>();
    private int nextText;
    private int nextNumber;

    Values(String message) {
      Matcher quoted = QUOTED.matcher(message);
      StringBuilder rest = new StringBuilder();
      int end = 0;
      while (quoted.find()) {
        for (int group = 1; group <= 3; group++) {
          if (quoted.group(group) != null) {
            texts.add(quoted.group(group));
          }
        }
        rest.append(message, end, quoted.start()).append(' ');
        end = quoted.end();
      }
      rest.append(message.substring(end));
      String unquoted = rest.toString();
      Matcher names = CAPITALISED.matcher(unquoted);
      String firstWord = firstWord(unquoted);
      while (names.find()) {
        String name = names.group();
        if (names.start() == unquoted.indexOf(firstWord) && name.startsWith(firstWord)) {
          // The message's first word is capitalised because it comes first, not because it names
          // something; what follows it may still be a name.
          name = name.substring(firstWord.length()).strip();
        }
        if (!name.isEmpty() && !"I".equals(name)) {
          texts.add(name);
        }
      }
      Matcher digits = NUMBER.matcher(unquoted);
      while (digits.find()) {
        numbers.add(digits.group());
      }
    }

    private static String firstWord(String text) {
      Matcher word = WORD.matcher(text);
      return word.find() ? word.group() : "";
    }

    String nextText() {
      return nextText < texts.size() ? texts.get(nextText++) : null;
    }

    String nextNumber() {
      return nextNumber < numbers.size() ? numbers.get(nextNumber++) : null;
    }
  }

  private static String lastRole(JsonNode messages) {
    JsonNode last = null;
    if (messages != null && messages.isArray()) {
      for (JsonNode message : messages) {
        last = message;
      }
    }
    return last == null ? "" : Json.text(last, "role", "user");
  }

  static String lastUserText(JsonNode messages) {
    String last = "";
    if (messages != null && messages.isArray()) {
      for (JsonNode message : messages) {
        if ("user".equals(Json.text(message, "role", "user"))) {
          last = Json.contentText(message.get("content"));
        }
      }
    }
    return last;
  }
}
