package io.github.mistralspring.test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The simulated API: the 45 operations of the spec (and the deletion of agents and conversations),
 * the agents' cursor-paged listing, versions and aliases, the audio operations (transcriptions,
 * speech, voices) and the 18 libraries operations of the 2026-07 specification, routed by method
 * and path, over in-memory state; retired operations answer {@code 410 Gone} when {@link
 * Retirements} says so.
 */
final class MistralApi {

  private record Route(
      String method, Pattern path, BiFunction<MistralApi, ApiCall, Reply> handler) {}

  private static final String ID = "([^/]+)";
  private static final List<Route> ROUTES = new ArrayList<>();

  static {
    route("POST", "/v1/chat/completions", MistralApi::chat);
    route("POST", "/v1/fim/completions", MistralApi::fim);
    route("POST", "/v1/agents/completions", MistralApi::agentsCompletion);
    route("POST", "/v1/embeddings", (api, call) -> Embeddings.create(call));
    route("POST", "/v1/moderations", (api, call) -> Classifiers.moderate(call, false));
    route("POST", "/v1/chat/moderations", (api, call) -> Classifiers.moderate(call, true));
    route("POST", "/v1/classifications", (api, call) -> Classifiers.classify(call, false));
    route("POST", "/v1/chat/classifications", (api, call) -> Classifiers.classify(call, true));
    route("POST", "/v1/ocr", (api, call) -> api.ocr.process(call));

    route("POST", "/v1/audio/transcriptions", (api, call) -> api.audio.transcribe(call));
    route("POST", "/v1/audio/speech", (api, call) -> api.audio.speak(call));
    route("GET", "/v1/audio/voices", (api, call) -> api.voices.list(call));
    route("POST", "/v1/audio/voices", (api, call) -> api.voices.create(call));
    route("GET", "/v1/audio/voices/" + ID, (api, call) -> api.voices.get(call.var(1)));
    route("PATCH", "/v1/audio/voices/" + ID, (api, call) -> api.voices.update(call.var(1), call));
    route("DELETE", "/v1/audio/voices/" + ID, (api, call) -> api.voices.delete(call.var(1)));
    route(
        "GET", "/v1/audio/voices/" + ID + "/sample", (api, call) -> api.voices.sample(call.var(1)));

    route("GET", "/v1/models", (api, call) -> Reply.ok(api.models.list()));
    route("GET", "/v1/models/" + ID, MistralApi::retrieveModel);
    route("DELETE", "/v1/models/" + ID, MistralApi::deleteModel);

    route("POST", "/v1/files", (api, call) -> api.files.upload(call));
    route("GET", "/v1/files", (api, call) -> api.files.list(call));
    route("GET", "/v1/files/" + ID, (api, call) -> api.files.retrieve(call.var(1)));
    route("DELETE", "/v1/files/" + ID, (api, call) -> api.files.delete(call.var(1)));
    route("GET", "/v1/files/" + ID + "/content", (api, call) -> api.files.download(call.var(1)));
    route(
        "GET",
        "/v1/files/" + ID + "/url",
        (api, call) -> api.files.signedUrl(call.var(1), call.baseUrl(api.baseUrl)));

    route("GET", "/v1/fine_tuning/jobs", (api, call) -> api.jobs.listFineTuning(call));
    route("POST", "/v1/fine_tuning/jobs", (api, call) -> api.jobs.createFineTuning(call));
    route("GET", "/v1/fine_tuning/jobs/" + ID, (api, call) -> api.jobs.getFineTuning(call.var(1)));
    route(
        "POST",
        "/v1/fine_tuning/jobs/" + ID + "/cancel",
        (api, call) -> api.jobs.cancelFineTuning(call.var(1)));
    route(
        "POST",
        "/v1/fine_tuning/jobs/" + ID + "/start",
        (api, call) -> api.jobs.startFineTuning(call.var(1)));
    route("PATCH", "/v1/fine_tuning/models/" + ID, MistralApi::updateFineTuned);
    route(
        "POST",
        "/v1/fine_tuning/models/" + ID + "/archive",
        (api, call) -> api.archive(call.var(1), true));
    route(
        "DELETE",
        "/v1/fine_tuning/models/" + ID + "/archive",
        (api, call) -> api.archive(call.var(1), false));

    route("GET", "/v1/batch/jobs", (api, call) -> api.jobs.listBatches(call));
    route("POST", "/v1/batch/jobs", (api, call) -> api.jobs.createBatch(call));
    route("GET", "/v1/batch/jobs/" + ID, (api, call) -> api.jobs.getBatch(call.var(1)));
    route(
        "POST",
        "/v1/batch/jobs/" + ID + "/cancel",
        (api, call) -> api.jobs.cancelBatch(call.var(1)));

    route("POST", "/v1/agents", (api, call) -> api.agents.create(call));
    route("GET", "/v1/agents", (api, call) -> api.agents.list(call));
    // Before the agent route, which would read "pages" as an agent id.
    route("GET", "/v1/agents/pages", (api, call) -> api.agents.listPages(call));
    route(
        "GET",
        "/v1/agents/" + ID,
        (api, call) -> api.agents.get(call.var(1), call.query("agent_version")));
    route("PATCH", "/v1/agents/" + ID, (api, call) -> api.agents.update(call.var(1), call));
    route("DELETE", "/v1/agents/" + ID, (api, call) -> api.agents.delete(call.var(1)));
    route(
        "PATCH",
        "/v1/agents/" + ID + "/version",
        (api, call) -> api.agents.setVersion(call.var(1), call.query("version")));
    route(
        "GET",
        "/v1/agents/" + ID + "/versions",
        (api, call) -> api.agents.listVersions(call.var(1), call));
    route(
        "GET",
        "/v1/agents/" + ID + "/versions/" + ID,
        (api, call) -> api.agents.getVersion(call.var(1), call.var(2)));
    route(
        "PUT",
        "/v1/agents/" + ID + "/aliases",
        (api, call) -> api.agents.putAlias(call.var(1), call));
    route(
        "GET", "/v1/agents/" + ID + "/aliases", (api, call) -> api.agents.listAliases(call.var(1)));
    route(
        "DELETE",
        "/v1/agents/" + ID + "/aliases",
        (api, call) -> api.agents.deleteAlias(call.var(1), call));

    String library = "/v1/libraries/" + ID;
    String document = library + "/documents/" + ID;
    route("POST", "/v1/libraries", (api, call) -> api.libraries.create(call));
    route("GET", "/v1/libraries", (api, call) -> api.libraries.list());
    route("GET", library, (api, call) -> api.libraries.retrieve(call.var(1)));
    route("PUT", library, (api, call) -> api.libraries.update(call.var(1), call));
    route("DELETE", library, (api, call) -> api.libraries.delete(call.var(1)));
    route("POST", library + "/documents", (api, call) -> api.libraries.upload(call.var(1), call));
    route(
        "GET",
        library + "/documents",
        (api, call) -> api.libraries.listDocuments(call.var(1), call));
    route("GET", document, (api, call) -> api.libraries.retrieveDocument(call.var(1), call.var(2)));
    route(
        "PUT",
        document,
        (api, call) -> api.libraries.updateDocument(call.var(1), call.var(2), call));
    route(
        "DELETE", document, (api, call) -> api.libraries.deleteDocument(call.var(1), call.var(2)));
    route(
        "GET",
        document + "/text_content",
        (api, call) -> api.libraries.textContent(call.var(1), call.var(2)));
    route(
        "GET", document + "/status", (api, call) -> api.libraries.status(call.var(1), call.var(2)));
    route(
        "GET",
        document + "/signed-url",
        (api, call) ->
            api.libraries.signedUrl(
                call.var(1), call.var(2), call.baseUrl(api.baseUrl), "content"));
    route(
        "GET",
        document + "/extracted-text-signed-url",
        (api, call) ->
            api.libraries.signedUrl(call.var(1), call.var(2), call.baseUrl(api.baseUrl), "text"));
    route(
        "POST",
        document + "/reprocess",
        (api, call) -> api.libraries.reprocess(call.var(1), call.var(2)));
    route("GET", library + "/share", (api, call) -> api.libraries.listShares(call.var(1)));
    route("PUT", library + "/share", (api, call) -> api.libraries.share(call.var(1), call));
    route("DELETE", library + "/share", (api, call) -> api.libraries.unshare(call.var(1), call));

    route("POST", "/v1/conversations", (api, call) -> api.conversations.start(call));
    route("GET", "/v1/conversations", (api, call) -> api.conversations.list(call));
    route("GET", "/v1/conversations/" + ID, (api, call) -> api.conversations.get(call.var(1)));
    route(
        "DELETE", "/v1/conversations/" + ID, (api, call) -> api.conversations.delete(call.var(1)));
    route(
        "POST",
        "/v1/conversations/" + ID,
        (api, call) -> api.conversations.append(call.var(1), call));
    route(
        "GET",
        "/v1/conversations/" + ID + "/history",
        (api, call) -> api.conversations.history(call.var(1), false));
    route(
        "GET",
        "/v1/conversations/" + ID + "/messages",
        (api, call) -> api.conversations.history(call.var(1), true));
    route(
        "POST",
        "/v1/conversations/" + ID + "/restart",
        (api, call) -> api.conversations.restart(call.var(1), call));
  }

  private static void route(
      String method, String path, BiFunction<MistralApi, ApiCall, Reply> handler) {
    ROUTES.add(new Route(method, Pattern.compile(path), handler));
  }

  private final String baseUrl;
  private final Seeds seeds;
  private final Completions completions;
  private final ModelCatalog models;
  private final FilesStore files;
  private final Jobs jobs;
  private final Agents agents;
  private final Conversations conversations;
  private final Libraries libraries;
  private final Ocr ocr;
  private final Audio audio;
  private final Voices voices;
  private final Retirements retirements;

  MistralApi(String baseUrl, Jobs.Pace jobPace, Retirements retirements, Seeds seeds) {
    this.baseUrl = baseUrl;
    this.seeds = seeds;
    this.completions = new Completions(seeds);
    this.models = new ModelCatalog(seeds);
    this.files = new FilesStore(seeds);
    this.jobs = new Jobs(files, models, jobPace, seeds, completions);
    this.agents = new Agents(seeds);
    this.libraries = new Libraries(jobPace, seeds);
    this.conversations = new Conversations(agents, libraries, seeds, completions);
    this.retirements = retirements;
    this.ocr = new Ocr(files);
    this.audio = new Audio(files, models);
    this.voices = new Voices(seeds);
  }

  /** The models the API serves, for the control API to add to. */
  ModelCatalog models() {
    return models;
  }

  /** Answers a request; a 404 or 405 in the API's shape when no operation matches. */
  Reply handle(RecordedRequest request, MockResponse script) {
    Reply gone = retirements.gone(request.path());
    if (gone != null) {
      return gone;
    }
    boolean pathKnown = false;
    for (Route route : ROUTES) {
      Matcher matcher = route.path().matcher(request.path());
      if (matcher.matches()) {
        pathKnown = true;
        if (route.method().equals(request.method())) {
          return route.handler().apply(this, new ApiCall(request, matcher, script, models, seeds));
        }
      }
    }
    return Reply.json(pathKnown ? 405 : 404, ApiErrors.bodyFor(pathKnown ? 405 : 404));
  }

  private Reply chat(ApiCall call) {
    Reply invalid = call.require("model", "messages");
    if (invalid == null) {
      invalid = call.requireNonEmpty("messages");
    }
    if (invalid == null) {
      invalid = call.requireKnownModel(Json.text(call.body(), "model"));
    }
    return invalid != null
        ? invalid
        : completion(call, call.body(), Json.text(call.body(), "model"));
  }

  private Reply fim(ApiCall call) {
    Reply invalid = call.require("model", "prompt");
    if (invalid == null) {
      invalid = call.requireKnownModel(Json.text(call.body(), "model"));
    }
    if (invalid != null) {
      return invalid;
    }
    JsonNode body = call.body();
    String model = Json.text(body, "model");
    Completions.Generation generation =
        completions.fim(
            body, Json.text(body, "prompt", ""), Json.text(body, "suffix", ""), model, call.script);
    return completionReply(call, model, generation);
  }

  /**
   * Agents completions answer as the agent is set up: its instructions come first as a system
   * message, its tools are offered unless the request brings its own, and its completion arguments
   * apply unless the request sets the same ones.
   */
  private Reply agentsCompletion(ApiCall call) {
    Reply invalid = call.require("agent_id", "messages");
    if (invalid == null) {
      invalid = call.requireNonEmpty("messages");
    }
    if (invalid != null) {
      return invalid;
    }
    String agentId = Json.text(call.body(), "agent_id");
    ObjectNode agent = agents.find(agentId);
    if (agent == null) {
      return ApiErrors.notFound("Agent " + agentId + " not found");
    }
    ObjectNode request = agents.applyTo(agent, call.body());
    return completion(call, request, Json.text(agent, "model", "mistral-medium-latest"));
  }

  private Reply completion(ApiCall call, JsonNode request, String model) {
    Completions.Generation generation =
        completions.chat(request, request.get("messages"), model, call.script);
    return completionReply(call, model, generation);
  }

  private Reply completionReply(ApiCall call, String model, Completions.Generation generation) {
    String id = seeds.hex(32);
    long created = seeds.nowSeconds();
    if (call.streaming()) {
      return Reply.events(Completions.chunks(id, created, model, generation));
    }
    return Reply.ok(Completions.response(id, created, model, generation));
  }

  private Reply retrieveModel(ApiCall call) {
    ObjectNode card = models.find(call.var(1));
    return card == null ? modelNotFound(call.var(1)) : Reply.ok(card);
  }

  private Reply deleteModel(ApiCall call) {
    if (!models.delete(call.var(1))) {
      return modelNotFound(call.var(1));
    }
    ObjectNode deleted = Json.object();
    deleted.put("id", call.var(1));
    deleted.put("object", "model");
    deleted.put("deleted", true);
    return Reply.ok(deleted);
  }

  private Reply updateFineTuned(ApiCall call) {
    ObjectNode card = models.fineTuned(call.var(1));
    if (card == null) {
      return modelNotFound(call.var(1));
    }
    synchronized (card) {
      if (call.body().has("name")) {
        card.set("name", call.body().get("name"));
      }
      if (call.body().has("description")) {
        card.set("description", call.body().get("description"));
      }
      ObjectNode out = Json.object();
      out.put("id", Json.text(card, "id"));
      out.put("object", "model");
      out.put("created", card.get("created").asLong());
      out.put("owned_by", Json.text(card, "owned_by"));
      out.put("workspace_id", "simulator-workspace");
      out.put("root", Json.text(card, "root"));
      out.put("root_version", "1");
      out.put("archived", Json.bool(card, "archived", false));
      out.set("name", card.get("name"));
      out.set("description", card.get("description"));
      ObjectNode capabilities = out.putObject("capabilities");
      capabilities.put("completion_chat", true);
      capabilities.put("completion_fim", false);
      capabilities.put("function_calling", true);
      capabilities.put("fine_tuning", false);
      capabilities.put("classification", false);
      out.put("max_context_length", 32768);
      out.putArray("aliases");
      out.put("job", Json.text(card, "job"));
      out.put("model_type", "completion");
      return Reply.ok(out);
    }
  }

  private Reply archive(String id, boolean archived) {
    ObjectNode card = models.fineTuned(id);
    if (card == null) {
      return modelNotFound(id);
    }
    card.put("archived", archived);
    ObjectNode out = Json.object();
    out.put("id", id);
    out.put("object", "model");
    out.put("archived", archived);
    return Reply.ok(out);
  }

  private static Reply modelNotFound(String id) {
    return Reply.json(404, ApiErrors.error("Model " + id + " not found", "invalid_model", "1500"));
  }
}
