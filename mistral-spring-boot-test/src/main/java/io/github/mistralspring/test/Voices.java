package io.github.mistralspring.test;

import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The voices API in memory: create from a base64 sample, list by offset, get, patch, delete. */
final class Voices {

  private record StoredVoice(ObjectNode voice, byte[] sample, String filename, long order) {}

  private static final List<String> UPDATABLE =
      List.of("name", "languages", "gender", "age", "tags");

  private final Map<String, StoredVoice> voices = new ConcurrentHashMap<>();
  private final AtomicLong sequence = new AtomicLong();
  private final Seeds seeds;

  Voices(Seeds seeds) {
    this.seeds = seeds;
  }

  Reply create(ApiCall call) {
    Reply invalid = call.require("name", "sample_audio");
    if (invalid != null) {
      return invalid;
    }
    JsonNode body = call.body();
    byte[] sample;
    try {
      sample = Base64.getMimeDecoder().decode(Json.text(body, "sample_audio", ""));
    } catch (IllegalArgumentException notBase64) {
      return ApiErrors.unprocessable(
          "value_error",
          List.of("body", "sample_audio"),
          "sample_audio is not valid base64",
          body.get("sample_audio"));
    }
    if (sample.length == 0) {
      return ApiErrors.emptyString("sample_audio", body.get("sample_audio"));
    }
    ObjectNode voice = Json.object();
    voice.put("name", Json.text(body, "name"));
    voice.set("slug", orNull(body.get("slug")));
    voice.set("languages", body.has("languages") ? body.get("languages") : Json.array());
    voice.set("gender", orNull(body.get("gender")));
    voice.set("age", orNull(body.get("age")));
    voice.set("tags", orNull(body.get("tags")));
    voice.set("color", orNull(body.get("color")));
    voice.put("retention_notice", body.path("retention_notice").asInt(30));
    String id = seeds.uuid();
    voice.put("id", id);
    voice.put("created_at", seeds.nowIso());
    voice.put("user_id", "simulator-user");
    voices.put(
        id,
        new StoredVoice(
            voice,
            sample,
            Json.text(body, "sample_filename", "sample.wav"),
            sequence.incrementAndGet()));
    return Reply.ok(voice);
  }

  Reply list(ApiCall call) {
    int limit = Math.max(1, call.queryInt("limit", 10));
    int offset = Math.max(0, call.queryInt("offset", 0));
    List<StoredVoice> all = new ArrayList<>(voices.values());
    all.sort(Comparator.comparingLong(StoredVoice::order));
    ObjectNode page = Json.object();
    var items = page.putArray("items");
    all.stream().skip(offset).limit(limit).forEach(stored -> items.add(stored.voice()));
    page.put("total", all.size());
    page.put("page", offset / limit);
    page.put("page_size", limit);
    page.put("total_pages", (all.size() + limit - 1) / limit);
    return Reply.ok(page);
  }

  Reply get(String id) {
    StoredVoice stored = voices.get(id);
    return stored == null ? notFound(id) : Reply.ok(stored.voice());
  }

  Reply update(String id, ApiCall call) {
    StoredVoice stored = voices.get(id);
    if (stored == null) {
      return notFound(id);
    }
    synchronized (stored.voice()) {
      for (String field : UPDATABLE) {
        JsonNode value = call.body().get(field);
        if (value != null && !value.isNull()) {
          stored.voice().set(field, value);
        }
      }
      return Reply.ok(stored.voice());
    }
  }

  Reply delete(String id) {
    StoredVoice stored = voices.remove(id);
    return stored == null ? notFound(id) : Reply.ok(stored.voice());
  }

  Reply sample(String id) {
    StoredVoice stored = voices.get(id);
    if (stored == null) {
      return notFound(id);
    }
    return Reply.bytes(200, stored.sample(), AudioClips.mediaType(stored.filename()));
  }

  private static JsonNode orNull(JsonNode value) {
    return value == null ? JsonNodeFactory.instance.nullNode() : value;
  }

  private static Reply notFound(String id) {
    return ApiErrors.notFound("Voice " + id + " not found");
  }
}
