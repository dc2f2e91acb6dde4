package io.github.mistralspring.test;

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
 *
 * <p>The model answers the history as chat messages (function calls and results included), with the
 * conversation's instructions, tools and completion arguments, or its agent's when it was started
 * with an {@code agent_id}; the same {@link ToolRule} decides when it calls a function.
 *
 * <p>With a {@code document_library} tool, the last user message is first looked up in the
 * processed documents of the tool's libraries ({@link Libraries#search}): when a sentence matches,
 * the answer is a {@code tool.execution} entry and a message quoting that sentence, with a {@code
 * tool_reference} chunk naming the document, as the API answers from a library.
 */
final class Conversations {

  private record Conversation(ObjectNode meta, List<ObjectNode> entries, long order) {}

  private final Map<String, Conversation> conversations = new ConcurrentHashMap<>();
  private final AtomicLong sequence = new AtomicLong();
  private final Agents agents;
  private final Libraries libraries;
  private final Seeds seeds;
  private final Completions completions;

  Conversations(Agents agents, Libraries libraries, Seeds seeds, Completions completions) {
    this.agents = agents;
    this.libraries = libraries;
    this.seeds = seeds;
    this.completions = completions;
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
    if (body.has("agent_id") && agents.find(Json.text(body, "agent_id")) == null) {
      return Reply.notFound("Agent " + Json.text(body, "agent_id") + " not found");
    }
    Reply unknownModel = call.requireKnownModel(Json.text(body, "model"));
    if (unknownModel != null) {
      return unknownModel;
    }
    String now = seeds.nowIso();
    ObjectNode meta = Json.object();
    String id = "conv_" + seeds.hex(26);
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
    Conversation conversation =
        new Conversation(meta, new ArrayList<>(), sequence.incrementAndGet());
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
    String newId = "conv_" + seeds.hex(26);
    meta.put("id", newId);
    meta.put("created_at", seeds.nowIso());
    meta.put("updated_at", seeds.nowIso());
    Conversation restarted = new Conversation(meta, kept, sequence.incrementAndGet());
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
        .sorted(Comparator.comparingLong(Conversation::order).reversed())
        .map(Conversation::meta)
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

  Reply delete(String id) {
    return conversations.remove(id) == null
        ? Reply.notFound("Conversation " + id + " not found")
        : Reply.noContent();
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
    String now = seeds.nowIso();
    String conversationId = Json.text(conversation.meta(), "id");
    JsonNode agent =
        conversation.meta().has("agent_id")
            ? agents.find(Json.text(conversation.meta(), "agent_id"))
            : null;
    String model =
        agent != null
            ? Json.text(agent, "model", "mistral-medium-latest")
            : Json.text(conversation.meta(), "model", "mistral-medium-latest");
    List<ObjectNode> inputs = inputs(body.get("inputs"), now);
    Completions.Generation generation;
    synchronized (conversation) {
      conversation.entries().addAll(inputs);
      ObjectNode request = Json.object();
      request.set("messages", messages(conversation.entries()));
      JsonNode args = body.get("completion_args");
      if (args != null && args.isObject()) {
        request.setAll((ObjectNode) args);
      }
      if (agent != null) {
        request = agents.applyTo(agent, request);
      } else {
        request = agents.applyTo(conversation.meta(), request);
      }
      generation = completions.chat(request, request.get("messages"), model, call.script);
    }
    Completions.Choice choice = generation.first();
    List<ObjectNode> outputs = new ArrayList<>();
    Libraries.Hit hit = searchLibraries(agent != null ? agent : conversation.meta(), inputs);
    if (hit != null) {
      ObjectNode execution = entry("tool.execution", now, model, conversation);
      execution.put("id", "tool_" + seeds.hex(26));
      execution.put("name", "document_library");
      ObjectNode arguments = Json.object();
      arguments.put("query", lastUserText(inputs));
      execution.put("arguments", Json.write(arguments));
      ObjectNode info = execution.putObject("info");
      info.put("library_id", hit.libraryId());
      info.put("document_id", hit.documentId());
      outputs.add(execution);
      ObjectNode output = entry("message.output", now, model, conversation);
      output.put("role", "assistant");
      ArrayNode content = output.putArray("content");
      ObjectNode text = content.addObject();
      text.put("type", "text");
      text.put("text", hit.sentence());
      ObjectNode reference = content.addObject();
      reference.put("type", "tool_reference");
      reference.put("tool", "document_library");
      reference.put("title", hit.documentName());
      reference.putNull("url");
      reference.putNull("favicon");
      outputs.add(output);
      choice = new Completions.Choice(hit.sentence(), null, "stop");
    } else if (choice.text() != null) {
      ObjectNode output = entry("message.output", now, model, conversation);
      output.put("role", "assistant");
      output.put("content", choice.text());
      outputs.add(output);
    } else {
      for (JsonNode toolCall : choice.toolCalls()) {
        ObjectNode output = entry("function.call", now, model, conversation);
        output.put("tool_call_id", Json.text(toolCall, "id"));
        output.put("name", toolCall.path("function").path("name").asString(""));
        output.put("arguments", toolCall.path("function").path("arguments").asString(""));
        outputs.add(output);
      }
    }
    synchronized (conversation) {
      conversation.entries().addAll(outputs);
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
      ArrayNode outputArray = response.putArray("outputs");
      outputs.forEach(outputArray::add);
      response.set("usage", usage);
      return Reply.ok(response);
    }
    return Reply.events(events(conversationId, outputs, choice, usage, now));
  }

  /**
   * What the {@code document_library} tools of the conversation (or its agent) find for the last
   * user message, or null when it has none or they find nothing.
   */
  private Libraries.Hit searchLibraries(JsonNode setup, List<ObjectNode> inputs) {
    String question = lastUserText(inputs);
    JsonNode tools = setup == null ? null : setup.get("tools");
    if (question == null || tools == null || !tools.isArray()) {
      return null;
    }
    List<String> libraryIds = new ArrayList<>();
    for (JsonNode tool : tools) {
      if ("document_library".equals(Json.text(tool, "type"))) {
        libraryIds.addAll(Json.stringList(tool.get("library_ids")));
      }
    }
    return libraryIds.isEmpty() ? null : libraries.search(libraryIds, question);
  }

  private static String lastUserText(List<ObjectNode> inputs) {
    for (int i = inputs.size() - 1; i >= 0; i--) {
      ObjectNode input = inputs.get(i);
      if ("message.input".equals(Json.text(input, "type"))
          && "user".equals(Json.text(input, "role", "user"))) {
        return Json.contentText(input.get("content"));
      }
    }
    return null;
  }

  private ObjectNode entry(String type, String now, String model, Conversation conversation) {
    ObjectNode output = Json.object();
    output.put("object", "entry");
    output.put("type", type);
    output.put("created_at", now);
    output.put("completed_at", now);
    output.put("agent_id", Json.text(conversation.meta(), "agent_id"));
    output.put("model", model);
    output.put("id", ("function.call".equals(type) ? "fc_" : "msg_") + seeds.hex(26));
    return output;
  }

  /** The history as chat messages: the messages, and function calls with their results. */
  private static ArrayNode messages(List<ObjectNode> entries) {
    ArrayNode messages = Json.array();
    ObjectNode calling = null;
    for (ObjectNode entry : entries) {
      String type = Json.text(entry, "type", "");
      if (type.startsWith("message.")) {
        ObjectNode message = messages.addObject();
        message.put("role", Json.text(entry, "role", "user"));
        message.set("content", entry.get("content"));
        calling = null;
      } else if ("function.call".equals(type)) {
        if (calling == null) {
          calling = messages.addObject();
          calling.put("role", "assistant");
          calling.put("content", "");
          calling.putArray("tool_calls");
        }
        ObjectNode call = ((ArrayNode) calling.get("tool_calls")).addObject();
        call.put("id", Json.text(entry, "tool_call_id"));
        ObjectNode function = call.putObject("function");
        function.put("name", Json.text(entry, "name"));
        function.put("arguments", Json.text(entry, "arguments", "{}"));
      } else if ("function.result".equals(type)) {
        ObjectNode result = messages.addObject();
        result.put("role", "tool");
        result.put("tool_call_id", Json.text(entry, "tool_call_id"));
        result.put("content", Json.text(entry, "result", ""));
        calling = null;
      }
    }
    return messages;
  }

  private static List<String> events(
      String conversationId,
      List<ObjectNode> outputs,
      Completions.Choice choice,
      ObjectNode usage,
      String now) {
    List<String> events = new ArrayList<>();
    ObjectNode started = Json.object();
    started.put("type", "conversation.response.started");
    started.put("created_at", now);
    started.put("conversation_id", conversationId);
    events.add(Reply.event("conversation.response.started", started));
    if (choice.text() != null) {
      ObjectNode output =
          outputs.stream()
              .filter(entry -> "message.output".equals(Json.text(entry, "type")))
              .findFirst()
              .orElse(outputs.get(0));
      for (String token : Completions.tokens(choice.text())) {
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
      int index = 0;
      for (ObjectNode output : outputs) {
        ObjectNode delta = Json.object();
        delta.put("type", "function.call.delta");
        delta.put("created_at", now);
        delta.put("output_index", index++);
        delta.put("id", Json.text(output, "id"));
        delta.put("model", Json.text(output, "model"));
        delta.put("agent_id", Json.text(output, "agent_id"));
        delta.put("name", Json.text(output, "name"));
        delta.put("tool_call_id", Json.text(output, "tool_call_id"));
        delta.put("arguments", Json.text(output, "arguments"));
        events.add(Reply.event("function.call.delta", delta));
      }
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
      entry.put("id", prefix + seeds.hex(26));
      if ("message.input".equals(Json.text(entry, "type")) && !entry.has("prefix")) {
        entry.put("prefix", false);
      }
    }
    return entries;
  }
}
