package io.github.mistralspring.test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ObjectNode;

/** The models list: Mistral's public models, plus the fine-tuned models jobs have made. */
final class ModelCatalog {

  private record Base(
      String id, String description, int context, List<String> aliases, String capabilities) {}

  private static final List<Base> BASE =
      List.of(
          new Base(
              "mistral-small-latest",
              "Mistral Small: fast and cost-efficient.",
              131072,
              List.of("mistral-small-2506"),
              "chat tools vision"),
          new Base(
              "mistral-medium-latest",
              "Mistral Medium: frontier-class multimodal.",
              131072,
              List.of("mistral-medium-2508"),
              "chat tools vision"),
          new Base(
              "mistral-large-latest",
              "Mistral Large: top-tier reasoning.",
              131072,
              List.of("mistral-large-2411"),
              "chat tools ft"),
          new Base(
              "magistral-medium-latest",
              "Magistral Medium: reasoning model.",
              40960,
              List.of("magistral-medium-2509"),
              "chat tools vision"),
          new Base(
              "ministral-8b-latest",
              "Ministral 8B: edge model.",
              131072,
              List.of("ministral-8b-2410"),
              "chat tools ft"),
          new Base(
              "open-mistral-nemo",
              "Mistral Nemo 12B.",
              131072,
              List.of("open-mistral-nemo-2407"),
              "chat tools ft"),
          new Base(
              "codestral-latest",
              "Codestral: code generation and FIM.",
              256000,
              List.of("codestral-2508"),
              "chat tools fim ft"),
          new Base(
              "magistral-small-latest",
              "Magistral Small: small reasoning model.",
              40960,
              List.of("magistral-small-2509"),
              "chat tools"),
          new Base(
              "ministral-3b-latest",
              "Ministral 3B: edge model.",
              131072,
              List.of("ministral-3b-2410"),
              "chat tools ft"),
          new Base(
              "devstral-small-latest",
              "Devstral Small: agentic coding.",
              131072,
              List.of("devstral-small-2507"),
              "chat tools"),
          new Base(
              "devstral-medium-latest",
              "Devstral Medium: agentic coding.",
              131072,
              List.of("devstral-medium-2507"),
              "chat tools"),
          new Base(
              "pixtral-large-latest",
              "Pixtral Large: vision.",
              131072,
              List.of("pixtral-large-2411"),
              "chat tools vision"),
          new Base(
              "open-mistral-7b",
              "Mistral 7B.",
              32768,
              List.of("mistral-tiny", "mistral-tiny-2312"),
              "chat tools ft"),
          new Base(
              "mistral-saba-latest",
              "Mistral Saba: Middle East and South Asia languages.",
              32768,
              List.of("mistral-saba-2502"),
              "chat tools"),
          new Base("mistral-embed", "Mistral Embed: text embeddings.", 8192, List.of(), ""),
          new Base("codestral-embed", "Codestral Embed: code embeddings.", 8192, List.of(), ""),
          new Base(
              "mistral-moderation-latest",
              "Mistral Moderation.",
              8192,
              List.of("mistral-moderation-2411"),
              "moderation classification"),
          new Base(
              "mistral-ocr-latest",
              "Mistral OCR: documents to markdown.",
              16384,
              List.of("mistral-ocr-2505"),
              "ocr"),
          new Base(
              "voxtral-mini-latest",
              "Voxtral Mini Transcribe: speech to text.",
              32768,
              List.of("voxtral-mini-2507", "voxtral-mini-2602"),
              "transcription"),
          new Base(
              "voxtral-small-latest",
              "Voxtral Small: chat that understands audio.",
              32768,
              List.of("voxtral-small-2507"),
              "chat tools audio"),
          new Base(
              "voxtral-mini-tts-2603",
              "Voxtral Mini TTS: text to speech, with voice cloning.",
              8192,
              List.of(),
              ""));

  /** Fine-tuned models and models added over the control API, in the order they came. */
  private final Map<String, ObjectNode> fineTuned =
      Collections.synchronizedMap(new LinkedHashMap<>());

  private final Seeds seeds;

  ModelCatalog(Seeds seeds) {
    this.seeds = seeds;
  }

  ObjectNode list() {
    ObjectNode list = Json.object();
    list.put("object", "list");
    var data = list.putArray("data");
    BASE.forEach(base -> data.add(card(base)));
    synchronized (fineTuned) {
      new ArrayList<>(fineTuned.values()).forEach(data::add);
    }
    return list;
  }

  /**
   * Adds a model the simulator then serves, such as a fine-tuned classifier a test uses without
   * training it: ids starting with {@code ft:} are listed as fine-tuned, others as base models.
   */
  ObjectNode add(String id) {
    ObjectNode known = find(id);
    if (known != null) {
      return known;
    }
    if (id.startsWith("ft:")) {
      String[] parts = id.split(":");
      addFineTuned(id, parts.length > 1 ? parts[1] : "mistral-small-latest", null);
      return fineTuned.get(id);
    }
    ObjectNode card =
        card(new Base(id, "Added to the Mistral simulator.", 131072, List.of(), "chat tools"));
    fineTuned.put(id, card);
    return card;
  }

  ObjectNode find(String id) {
    for (Base base : BASE) {
      if (base.id().equals(id) || base.aliases().contains(id)) {
        return card(base);
      }
    }
    return fineTuned.get(id);
  }

  void addFineTuned(String id, String root, String jobId) {
    ObjectNode card = Json.object();
    card.put("id", id);
    card.put("object", "model");
    card.put("created", seeds.nowSeconds());
    card.put("owned_by", "simulator-workspace");
    card.set("capabilities", capabilities("chat tools ft"));
    card.put("name", id);
    card.putNull("description");
    card.put("max_context_length", 32768);
    card.putArray("aliases");
    card.putNull("deprecation");
    card.putNull("deprecation_replacement_model");
    card.putNull("default_model_temperature");
    card.put("type", "fine-tuned");
    if (jobId == null) {
      card.putNull("job");
    } else {
      card.put("job", jobId);
    }
    card.put("root", root);
    card.put("archived", false);
    fineTuned.put(id, card);
  }

  ObjectNode fineTuned(String id) {
    return fineTuned.get(id);
  }

  boolean delete(String id) {
    return fineTuned.remove(id) != null;
  }

  private static ObjectNode card(Base base) {
    ObjectNode card = Json.object();
    card.put("id", base.id());
    card.put("object", "model");
    card.put("created", 1750000000L);
    card.put("owned_by", "mistralai");
    card.set("capabilities", capabilities(base.capabilities()));
    card.put("name", base.aliases().isEmpty() ? base.id() : base.aliases().get(0));
    card.put("description", base.description());
    card.put("max_context_length", base.context());
    card.set("aliases", Json.strings(base.aliases()));
    card.putNull("deprecation");
    card.putNull("deprecation_replacement_model");
    card.put("default_model_temperature", base.capabilities().contains("chat") ? 0.3 : null);
    card.put("type", "base");
    return card;
  }

  private static ObjectNode capabilities(String flags) {
    ObjectNode capabilities = Json.object();
    capabilities.put("completion_chat", flags.contains("chat"));
    capabilities.put("function_calling", flags.contains("tools"));
    capabilities.put("completion_fim", flags.contains("fim"));
    capabilities.put("fine_tuning", flags.contains("ft"));
    capabilities.put("vision", flags.contains("vision"));
    capabilities.put("ocr", flags.contains("ocr"));
    capabilities.put("classification", flags.contains("classification"));
    capabilities.put("moderation", flags.contains("moderation"));
    capabilities.put("audio", flags.contains("audio"));
    capabilities.put("audio_transcription", flags.contains("transcription"));
    return capabilities;
  }
}
