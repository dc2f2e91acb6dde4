package io.github.mistralspring.test;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The beta Agents API in memory: each update makes a new version, any version can be made current,
 * and aliases name versions (a retrieve by alias answers the version it points at).
 */
final class Agents {

  private static final List<String> EDITABLE =
      List.of(
          "instructions",
          "tools",
          "completion_args",
          "guardrails",
          "model",
          "name",
          "description",
          "handoffs",
          "metadata",
          "version_message");

  /** Every version of each agent, by id; the current one is at "current". */
  private final Map<String, Map<Integer, ObjectNode>> versions = new ConcurrentHashMap<>();

  private final Map<String, Integer> current = new ConcurrentHashMap<>();

  /** The aliases of each agent, by id: alias to the alias object (name, version, times). */
  private final Map<String, Map<String, ObjectNode>> aliases = new ConcurrentHashMap<>();

  /** The API's rule for an alias name. */
  private static final java.util.regex.Pattern ALIAS =
      java.util.regex.Pattern.compile("[a-z]([a-z0-9_-]*[a-z0-9])?");

  /** Creation order, so that lists are newest first even within one second. */
  private final Map<String, Long> created = new ConcurrentHashMap<>();

  private final AtomicLong sequence = new AtomicLong();
  private final Seeds seeds;

  Agents(Seeds seeds) {
    this.seeds = seeds;
  }

  Reply create(ApiCall call) {
    Reply invalid = call.require("model", "name");
    if (invalid == null) {
      invalid = call.requireKnownModel(Json.text(call.body(), "model"));
    }
    if (invalid != null) {
      return invalid;
    }
    String id = "ag_" + seeds.hex(26);
    String now = seeds.nowIso();
    ObjectNode agent = Json.object();
    agent.put("instructions", Json.text(call.body(), "instructions"));
    agent.putArray("tools");
    agent.putObject("completion_args");
    for (String field : EDITABLE) {
      if (call.body().has(field)) {
        agent.set(field, call.body().get(field));
      }
    }
    agent.put("object", "agent");
    agent.put("id", id);
    agent.put("version", 0);
    agent.set("versions", Json.array().add(0));
    agent.put("created_at", now);
    agent.put("updated_at", now);
    agent.put("deployment_chat", false);
    agent.put("source", "api");
    Map<Integer, ObjectNode> history = new ConcurrentHashMap<>();
    history.put(0, agent);
    versions.put(id, history);
    current.put(id, 0);
    created.put(id, sequence.incrementAndGet());
    return Reply.ok(agent);
  }

  ObjectNode find(String id) {
    Integer version = current.get(id);
    return version == null ? null : versions.get(id).get(version);
  }

  Reply delete(String id) {
    if (versions.remove(id) == null) {
      return Reply.notFound("Agent " + id + " not found");
    }
    current.remove(id);
    created.remove(id);
    aliases.remove(id);
    return Reply.noContent();
  }

  Reply get(String id, String version) {
    Map<Integer, ObjectNode> history = versions.get(id);
    if (history == null) {
      return Reply.notFound("Agent " + id + " not found");
    }
    ObjectNode agent = version == null ? find(id) : history.get(resolve(id, version));
    return agent == null
        ? Reply.notFound("Agent " + id + " has no version " + version)
        : Reply.ok(agent);
  }

  Reply list(ApiCall call) {
    int page = call.queryInt("page", 0);
    int pageSize = call.queryInt("page_size", 20);
    ArrayNode list = Json.array();
    current.keySet().stream()
        .sorted(Comparator.comparing((String id) -> created.getOrDefault(id, 0L)).reversed())
        .map(this::find)
        .skip((long) page * pageSize)
        .limit(pageSize)
        .forEach(list::add);
    return Reply.ok(list);
  }

  /**
   * The cursor-paged listing: the cursor is the opaque text of the offset of the next page, and the
   * last page carries none.
   */
  Reply listPages(ApiCall call) {
    int pageSize = call.queryInt("page_size", 20);
    String token = call.query("page_token");
    int offset = 0;
    if (token != null && !token.isBlank()) {
      offset = token.startsWith("off_") ? parseOrMinus(token.substring(4)) : -1;
      if (offset < 0) {
        return ApiErrors.badRequest("Invalid page_token: " + token);
      }
    }
    List<String> ids =
        current.keySet().stream()
            .sorted(Comparator.comparing((String id) -> created.getOrDefault(id, 0L)).reversed())
            .toList();
    ObjectNode page = Json.object();
    page.put("object", "list");
    ArrayNode data = page.putArray("data");
    ids.stream().skip(offset).limit(pageSize).map(this::find).forEach(data::add);
    int next = offset + pageSize;
    if (next < ids.size()) {
      page.put("next_page_token", "off_" + next);
    } else {
      page.putNull("next_page_token");
    }
    return Reply.ok(page);
  }

  /** Every version of an agent, newest first, paged by number. */
  Reply listVersions(String id, ApiCall call) {
    Map<Integer, ObjectNode> history = versions.get(id);
    if (history == null) {
      return Reply.notFound("Agent " + id + " not found");
    }
    int page = call.queryInt("page", 0);
    int pageSize = call.queryInt("page_size", 20);
    ArrayNode list = Json.array();
    history.keySet().stream()
        .sorted(Comparator.reverseOrder())
        .skip((long) page * pageSize)
        .limit(pageSize)
        .map(history::get)
        .forEach(list::add);
    return Reply.ok(list);
  }

  /** One version, by number (an alias does not name a version on this route). */
  Reply getVersion(String id, String version) {
    Map<Integer, ObjectNode> history = versions.get(id);
    if (history == null) {
      return Reply.notFound("Agent " + id + " not found");
    }
    ObjectNode agent = history.get(versionNumber(version));
    return agent == null
        ? Reply.notFound("Agent " + id + " has no version " + version)
        : Reply.ok(agent);
  }

  /** Creates an alias or points it at another version of the agent. */
  synchronized Reply putAlias(String id, ApiCall call) {
    Map<Integer, ObjectNode> history = versions.get(id);
    if (history == null) {
      return Reply.notFound("Agent " + id + " not found");
    }
    String alias = call.query("alias");
    Reply invalid = invalidAlias(alias);
    if (invalid != null) {
      return invalid;
    }
    String version = call.query("version");
    if (version == null) {
      return ApiErrors.unprocessable(
          "missing", List.of("query", "version"), "Field required", Json.object());
    }
    if (!history.containsKey(versionNumber(version))) {
      return Reply.notFound("Agent " + id + " has no version " + version);
    }
    String now = seeds.nowIso();
    Map<String, ObjectNode> own = aliases.computeIfAbsent(id, key -> new ConcurrentHashMap<>());
    ObjectNode entry = own.get(alias);
    if (entry == null) {
      entry = Json.object();
      entry.put("alias", alias);
      entry.put("created_at", now);
      own.put(alias, entry);
    }
    entry.put("version", versionNumber(version));
    entry.put("updated_at", now);
    return Reply.ok(entry);
  }

  /** The aliases of an agent, in name order. */
  Reply listAliases(String id) {
    if (!versions.containsKey(id)) {
      return Reply.notFound("Agent " + id + " not found");
    }
    ArrayNode list = Json.array();
    aliases.getOrDefault(id, Map.of()).entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(entry -> list.add(entry.getValue()));
    return Reply.ok(list);
  }

  /** Deletes an alias; the version it pointed at stays. */
  Reply deleteAlias(String id, ApiCall call) {
    if (!versions.containsKey(id)) {
      return Reply.notFound("Agent " + id + " not found");
    }
    String alias = call.query("alias");
    Reply invalid = invalidAlias(alias);
    if (invalid != null) {
      return invalid;
    }
    Map<String, ObjectNode> own = aliases.get(id);
    if (own == null || own.remove(alias) == null) {
      return Reply.notFound("Agent " + id + " has no alias " + alias);
    }
    return Reply.noContent();
  }

  private static Reply invalidAlias(String alias) {
    if (alias == null) {
      return ApiErrors.unprocessable(
          "missing", List.of("query", "alias"), "Field required", Json.object());
    }
    if (alias.length() > 64 || !ALIAS.matcher(alias).matches()) {
      return ApiErrors.unprocessable(
          "string_pattern_mismatch",
          List.of("query", "alias"),
          "String should match pattern '^[a-z]([a-z0-9_-]*[a-z0-9])?$'",
          Json.object().put("alias", alias));
    }
    return null;
  }

  /** A version number, or the version an alias of the agent points at; -1 for neither. */
  private int resolve(String id, String version) {
    int number = versionNumber(version);
    if (number >= 0) {
      return number;
    }
    ObjectNode alias = aliases.getOrDefault(id, Map.of()).get(version.trim());
    return alias == null ? -1 : alias.get("version").asInt();
  }

  private static int parseOrMinus(String text) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException notANumber) {
      return -1;
    }
  }

  synchronized Reply update(String id, ApiCall call) {
    Map<Integer, ObjectNode> history = versions.get(id);
    if (history == null) {
      return Reply.notFound("Agent " + id + " not found");
    }
    ObjectNode agent = find(id).deepCopy();
    for (String field : EDITABLE) {
      if (call.body().has(field)) {
        agent.set(field, call.body().get(field));
      }
    }
    int version = history.keySet().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
    history.put(version, agent);
    agent.put("version", version);
    agent.put("updated_at", seeds.nowIso());
    ArrayNode all = Json.array();
    history.keySet().stream().sorted().forEach(all::add);
    history.values().forEach(each -> each.set("versions", all.deepCopy()));
    current.put(id, version);
    return Reply.ok(agent);
  }

  Reply setVersion(String id, String version) {
    Map<Integer, ObjectNode> history = versions.get(id);
    if (history == null) {
      return Reply.notFound("Agent " + id + " not found");
    }
    if (version == null || !history.containsKey(versionNumber(version))) {
      return Reply.notFound("Agent " + id + " has no version " + version);
    }
    current.put(id, versionNumber(version));
    return Reply.ok(find(id));
  }

  /** A version number, or -1 (no version) for anything else, such as an alias. */
  private static int versionNumber(String version) {
    try {
      return Integer.parseInt(version.trim());
    } catch (NumberFormatException notANumber) {
      return -1;
    }
  }

  /**
   * The request an agent answers: its instructions first as a system message, its tools unless the
   * request brings its own, and its completion arguments where the request leaves them unset.
   */
  ObjectNode applyTo(JsonNode agent, JsonNode body) {
    ObjectNode request = body.isObject() ? ((ObjectNode) body).deepCopy() : Json.object();
    JsonNode args = agent.get("completion_args");
    if (args != null && args.isObject()) {
      for (Map.Entry<String, JsonNode> arg : args.properties()) {
        JsonNode own = request.get(arg.getKey());
        if ((own == null || own.isNull()) && !arg.getValue().isNull()) {
          request.set(arg.getKey(), arg.getValue());
        }
      }
    }
    JsonNode ownTools = request.get("tools");
    JsonNode tools = agent.get("tools");
    if ((ownTools == null || ownTools.isNull() || ownTools.isEmpty())
        && tools != null
        && tools.isArray()
        && !tools.isEmpty()) {
      request.set("tools", tools);
    }
    String instructions = Json.text(agent, "instructions");
    if (instructions != null && !instructions.isBlank()) {
      ArrayNode messages = Json.array();
      messages.addObject().put("role", "system").put("content", instructions);
      JsonNode given = request.get("messages");
      if (given != null && given.isArray()) {
        given.forEach(messages::add);
      }
      request.set("messages", messages);
    }
    return request;
  }
}
