package io.github.mistralspring.test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The beta Conversations API in memory: each start, append or restart adds the inputs and the
 * model's outputs to the conversation's history; streaming sends {@code event:} + {@code data:}
 * events from {@code conversation.response.started} to {@code conversation.response.done}.
 */
final class Conversations {

  private record Conversation(ObjectNode meta, List<ObjectNode> entries) {}

  private final Map<String, Conversation> conversations = new ConcurrentHashMap<>();
  private final AtomicLong sequence = new AtomicLong();
  private final Agents agents;

  Conversations(Agents agents) {
    this.agents = agents;
  }

  Reply start(ApiCall call) {
    Reply missing = call.require("inputs");
    if (missing != null) {
      return missing;
    }
    JsonNode body = call.body();
    if (!body.has("model") && !body.has("agent_id")) {
      return Reply.badRequest("Either 'model' or 'agent_id' must be given");
    }
    String now = Instant.now().toString();
    ObjectNode meta = Json.object();
    String id = "conv_" + Json.hexId(sequence.incrementAndGet()).substring(0, 26);
    if (body.has("agent_id")) {
      meta.put("agent_id", Json.text(body, "agent_id"));
      meta.set("agent_version", body.get("agent_version"));
    } else {
      meta.put("instructions", Json.text(body, "instructions"));
      meta.set("tools", body.has("tools") ? body.get("tools") : Json.array());
      meta.set(
          "completion_args",
          body.has("completion_args") ? body.get("completion_args") : Json.object());
      meta.put("model", Json.text(body, "model"));
    }
    meta.put("name", Json.text(body, "name"));
    meta.put("description", Json.text(body, "description"));
    meta.set("metadata", body.get("metadata"));
    meta.put("object", "conversation");
    meta.put("id", id);
    meta.put("created_at", now);
    meta.put("updated_at", now);
    Conversation conversation = new Conversation(meta, new ArrayList<>());
    if (Json.bool(body, "store", true)) {
      conversations.put(id, conversation);
    }
    return respond(call, conversation);
  }

  Reply append(String id, ApiCall call) {
    Conversation conversation = conversations.get(id);
    if (conversation == null) {
      return Reply.notFound("Conversation " + id + " not found");
    }
    Reply missing = call.require("inputs");
    return missing != null ? missing : respond(call, conversation);
  }

  Reply restart(String id, ApiCall call) {
    Conversation original = conversations.get(id);
    if (original == null) {
      return Reply.notFound("Conversation " + id + " not found");
    }
    Reply missing = call.require("inputs", "from_entry_id");
    if (missing != null) {
      return missing;
    }
    String from = Json.text(call.body(), "from_entry_id");
    List<ObjectNode> kept = new ArrayList<>();
    boolean found = false;
    synchronized (original) {
      for (ObjectNode entry : original.entries()) {
        kept.add(entry.deepCopy());
        if (from.equals(Json.text(entry, "id"))) {
          found = true;
          break;
        }
      }
    }
    if (!found) {
      return Reply.notFound("Entry " + from + " not found in conversation " + id);
    }
    ObjectNode meta = original.meta().deepCopy();
    String newId = "conv_" + Json.hexId(sequence.incrementAndGet()).substring(0, 26);
    meta.put("id", newId);
    meta.put("created_at", Instant.now().toString());
    meta.put("updated_at", Instant.now().toString());
    Conversation restarted = new Conversation(meta, kept);
    if (Json.bool(call.body(), "store", true)) {
      conversations.put(newId, restarted);
    }
    return respond(call, restarted);
  }

  Reply list(ApiCall call) {
    int page = call.queryInt("page", 0);
    int pageSize = call.queryInt("page_size", 100);
    ArrayNode list = Json.array();
    conversations.values().stream()
        .map(Conversation::meta)
        .sorted(Comparator.comparing((ObjectNode meta) -> Json.text(meta, "created_at")).reversed())
        .skip((long) page * pageSize)
        .limit(pageSize)
        .forEach(list::add);
    return Reply.ok(list);
  }

  Reply get(String id) {
    Conversation conversation = conversations.get(id);
    return conversation == null
        ? Reply.notFound("Conversation " + id + " not found")
        : Reply.ok(conversation.meta());
  }

  Reply history(String id, boolean messagesOnly) {
    Conversation conversation = conversations.get(id);
    if (conversation == null) {
      return Reply.notFound("Conversation " + id + " not found");
    }
    ObjectNode body = Json.object();
    body.put("object", messagesOnly ? "conversation.messages" : "conversation.history");
    body.put("conversation_id", id);
    ArrayNode entries = body.putArray(messagesOnly ? "messages" : "entries");
    synchronized (conversation) {
      for (ObjectNode entry : conversation.entries()) {
        if (!messagesOnly || Json.text(entry, "type", "").startsWith("message.")) {
          entries.add(entry);
        }
      }
    }
    return Reply.ok(body);
  }

  private Reply respond(ApiCall call, Conversation conversation) {
    JsonNode body = call.body();
    String now = Instant.now().toString();
    String conversationId = Json.text(conversation.meta(), "id");
    String model =
        conversation.meta().has("agent_id")
            ? agents.modelOf(Json.text(conversation.meta(), "agent_id"))
            : Json.text(conversation.meta(), "model", "mistral-medium-latest");
    List<ObjectNode> inputs = inputs(body.get("inputs"), now);
    Completions.Generation generation;
    synchronized (conversation) {
      conversation.entries().addAll(inputs);
      ArrayNode messages = Json.array();
      String instructions = Json.text(conversation.meta(), "instructions");
      if (instructions != null) {
        messages.addObject().put("role", "system").put("content", instructions);
      }
      for (ObjectNode entry : conversation.entries()) {
        String type = Json.text(entry, "type", "");
        if (type.startsWith("message.")) {
          ObjectNode message = messages.addObject();
          message.put("role", Json.text(entry, "role", "user"));
          message.set("content", entry.get("content"));
        }
      }
      ObjectNode request = Json.object();
      if (conversation.meta().has("tools")) {
        request.set("tools", conversation.meta().get("tools"));
      }
      JsonNode args =
          body.has("completion_args")
              ? body.get("completion_args")
              : conversation.meta().get("completion_args");
      if (args != null && args.isObject()) {
        request.setAll((ObjectNode) args);
      }
      generation =
          Completions.generate(
              request,
              Completions.lastUserText(messages),
              Completions.transcript(messages),
              model,
              call.script);
    }
    ObjectNode output = Json.object();
    output.put("object", "entry");
    String entryId = "msg_" + Json.hexId(sequence.incrementAndGet()).substring(0, 26);
    output.put("created_at", now);
    output.put("completed_at", now);
    output.put("agent_id", Json.text(conversation.meta(), "agent_id"));
    output.put("model", model);
    output.put("id", entryId);
    if (generation.text() != null) {
      output.put("type", "message.output");
      output.put("role", "assistant");
      output.put("content", generation.text());
    } else {
      JsonNode call0 = generation.toolCalls().get(0);
      output.put("type", "function.call");
      output.put("tool_call_id", Json.text(call0, "id"));
      output.put("name", call0.path("function").path("name").asString(""));
      output.put("arguments", call0.path("function").path("arguments").asString(""));
    }
    synchronized (conversation) {
      conversation.entries().add(output);
      conversation.meta().put("updated_at", now);
    }
    ObjectNode usage = Json.object();
    usage.put("prompt_tokens", generation.promptTokens());
    usage.put("completion_tokens", generation.completionTokens());
    usage.put("total_tokens", generation.promptTokens() + generation.completionTokens());
    usage.putNull("connector_tokens");
    usage.putNull("connectors");
    if (!call.streaming()) {
      ObjectNode response = Json.object();
      response.put("object", "conversation.response");
      response.put("conversation_id", conversationId);
      response.putArray("outputs").add(output);
      response.set("usage", usage);
      return Reply.ok(response);
    }
    return Reply.events(events(conversationId, output, generation, usage, now));
  }

  private static List<String> events(
      String conversationId,
      ObjectNode output,
      Completions.Generation generation,
      ObjectNode usage,
      String now) {
    List<String> events = new ArrayList<>();
    ObjectNode started = Json.object();
    started.put("type", "conversation.response.started");
    started.put("created_at", now);
    started.put("conversation_id", conversationId);
    events.add(Reply.event("conversation.response.started", started));
    if (generation.text() != null) {
      for (String token : Completions.tokens(generation.text())) {
        ObjectNode delta = Json.object();
        delta.put("type", "message.output.delta");
        delta.put("created_at", now);
        delta.put("output_index", 0);
        delta.put("id", Json.text(output, "id"));
        delta.put("content_index", 0);
        delta.put("model", Json.text(output, "model"));
        delta.put("agent_id", Json.text(output, "agent_id"));
        delta.put("role", "assistant");
        delta.put("content", token);
        events.add(Reply.event("message.output.delta", delta));
      }
    } else {
      ObjectNode delta = Json.object();
      delta.put("type", "function.call.delta");
      delta.put("created_at", now);
      delta.put("output_index", 0);
      delta.put("id", Json.text(output, "id"));
      delta.put("model", Json.text(output, "model"));
      delta.put("agent_id", Json.text(output, "agent_id"));
      delta.put("name", Json.text(output, "name"));
      delta.put("tool_call_id", Json.text(output, "tool_call_id"));
      delta.put("arguments", Json.text(output, "arguments"));
      events.add(Reply.event("function.call.delta", delta));
    }
    ObjectNode done = Json.object();
    done.put("type", "conversation.response.done");
    done.put("created_at", now);
    done.set("usage", usage);
    events.add(Reply.event("conversation.response.done", done));
    return events;
  }

  /** The request's inputs as history entries: a string is one user message. */
  private List<ObjectNode> inputs(JsonNode inputs, String now) {
    List<ObjectNode> entries = new ArrayList<>();
    if (inputs == null || inputs.isString()) {
      ObjectNode entry = Json.object();
      entry.put("role", "user");
      entry.put("content", inputs == null ? "" : inputs.stringValue());
      entries.add(entry);
    } else if (inputs.isArray()) {
      inputs.forEach(
          input -> entries.add(input.isObject() ? ((ObjectNode) input).deepCopy() : Json.object()));
    }
    for (ObjectNode entry : entries) {
      entry.put("object", "entry");
      if (!entry.has("type")) {
        entry.put("type", "message.input");
      }
      entry.put("created_at", now);
      entry.put("completed_at", now);
      String prefix = Json.text(entry, "type", "").startsWith("function.") ? "fr_" : "msg_";
      entry.put("id", prefix + Json.hexId(sequence.incrementAndGet()).substring(0, 26));
      if ("message.input".equals(Json.text(entry, "type")) && !entry.has("prefix")) {
        entry.put("prefix", false);
      }
    }
    return entries;
  }
}
