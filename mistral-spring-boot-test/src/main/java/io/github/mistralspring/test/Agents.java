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
 * The beta Agents API in memory: each update makes a new version, and any version can be made
 * current.
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
    return Reply.noContent();
  }

  Reply get(String id, String version) {
    Map<Integer, ObjectNode> history = versions.get(id);
    if (history == null) {
      return Reply.notFound("Agent " + id + " not found");
    }
    ObjectNode agent = version == null ? find(id) : history.get(versionNumber(version));
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

  /**
   * A version number, or -1 (no version) for anything else, such as an alias the simulator lacks.
   */
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
