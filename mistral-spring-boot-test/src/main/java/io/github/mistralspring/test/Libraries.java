package io.github.mistralspring.test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The beta Libraries API in memory: libraries, their documents and their sharing.
 *
 * <p>An uploaded document goes {@code todo}, {@code in_progress}, then {@code done} (or {@code
 * missing_content} when it is empty), one step at a time, paced as jobs are ({@link Jobs.Pace}):
 * each time it or its status is read, unless that is off, and once per step of time when one is
 * set. Uploading content the library already holds answers that document with a 200, as the API
 * does. Once processed, a document's text is its content read as UTF-8, which the {@code
 * document_library} tool of conversations searches ({@link #search}).
 */
final class Libraries {

  private record Document(ObjectNode meta, byte[] content, String text, long order) {}

  private record Library(
      ObjectNode meta, Map<String, Document> documents, Map<String, ObjectNode> shares) {}

  /** A sentence of a processed document that answers a question best. */
  record Hit(String libraryId, String documentId, String documentName, String sentence) {}

  private static final String ORG_ID = "00000000-0000-4000-a000-00000000000a";
  private static final Set<String> FINAL =
      Set.of("done", "missing_content", "error", "noop", "self_managed");
  private static final Pattern WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private final Map<String, Library> libraries = new ConcurrentHashMap<>();
  private final Map<String, Long> lastStep = new ConcurrentHashMap<>();
  private final AtomicLong sequence = new AtomicLong();
  private final Jobs.Pace pace;
  private final Seeds seeds;

  Libraries(Jobs.Pace pace, Seeds seeds) {
    this.pace = pace;
    this.seeds = seeds;
  }

  // ---- libraries

  Reply create(ApiCall call) {
    Reply missing = call.require("name");
    if (missing != null) {
      return missing;
    }
    JsonNode body = call.body();
    String now = seeds.nowIso();
    ObjectNode meta = Json.object();
    String id = seeds.uuid();
    meta.put("id", id);
    meta.put("name", Json.text(body, "name"));
    meta.put("created_at", now);
    meta.put("updated_at", now);
    meta.put("owner_id", seeds.uuid());
    meta.put("owner_type", "User");
    meta.put("total_size", 0);
    meta.put("nb_documents", 0);
    JsonNode chunkSize = body.get("chunk_size");
    if (chunkSize == null || chunkSize.isNull()) {
      meta.putNull("chunk_size");
    } else {
      meta.set("chunk_size", chunkSize);
    }
    meta.putNull("emoji");
    meta.put("description", Json.text(body, "description"));
    meta.putNull("generated_description");
    meta.put("explicit_user_members_count", 0);
    meta.put("explicit_workspace_members_count", 0);
    meta.putNull("org_sharing_role");
    meta.putNull("generated_name");
    libraries.put(id, new Library(meta, new ConcurrentHashMap<>(), new ConcurrentHashMap<>()));
    return Reply.json(201, meta);
  }

  Reply list() {
    ObjectNode out = Json.object();
    ArrayNode data = out.putArray("data");
    libraries.values().stream()
        .map(Library::meta)
        .sorted(Comparator.comparing((ObjectNode meta) -> Json.text(meta, "created_at")).reversed())
        .forEach(data::add);
    return Reply.ok(out);
  }

  Reply retrieve(String id) {
    Library library = libraries.get(id);
    return library == null ? libraryNotFound(id) : Reply.ok(library.meta());
  }

  Reply update(String id, ApiCall call) {
    Library library = libraries.get(id);
    if (library == null) {
      return libraryNotFound(id);
    }
    JsonNode body = call.body();
    synchronized (library) {
      for (String field : List.of("name", "description")) {
        if (body.has(field) && !body.get(field).isNull()) {
          library.meta().set(field, body.get(field));
        }
      }
      library.meta().put("updated_at", seeds.nowIso());
      return Reply.ok(library.meta());
    }
  }

  Reply delete(String id) {
    Library library = libraries.remove(id);
    return library == null ? libraryNotFound(id) : Reply.ok(library.meta());
  }

  // ---- documents

  Reply upload(String libraryId, ApiCall call) {
    Library library = libraries.get(libraryId);
    if (library == null) {
      return libraryNotFound(libraryId);
    }
    List<Multipart.Part> parts =
        Multipart.parse(call.request.header("content-type"), call.request.rawBody());
    Multipart.Part file =
        parts.stream().filter(part -> "file".equals(part.name())).findFirst().orElse(null);
    if (file == null) {
      return ApiErrors.unprocessable(
          "missing", List.<Object>of("body", "file"), "Field required", null);
    }
    String hash = sha256(file.content());
    synchronized (library) {
      for (Document existing : library.documents().values()) {
        if (hash.equals(Json.text(existing.meta(), "hash"))) {
          return Reply.ok(look(existing, false));
        }
      }
      String name = file.filename() == null ? "upload.bin" : file.filename();
      String id = seeds.uuid();
      ObjectNode meta = Json.object();
      meta.put("id", id);
      meta.put("library_id", libraryId);
      meta.put("hash", hash);
      meta.put("mime_type", file.contentType() == null ? mimeType(name) : file.contentType());
      int dot = name.lastIndexOf('.');
      meta.put("extension", dot < 0 ? null : name.substring(dot + 1).toLowerCase(Locale.ROOT));
      meta.put("size", file.content().length);
      meta.put("name", name);
      meta.putNull("summary");
      meta.put("created_at", seeds.nowIso());
      meta.putNull("last_processed_at");
      meta.putNull("number_of_pages");
      meta.putNull("uploaded_by_id");
      meta.put("uploaded_by_type", "ApiKey");
      meta.putNull("tokens_processing_main_content");
      meta.putNull("tokens_processing_summary");
      meta.putNull("url");
      meta.putObject("attributes");
      meta.put("tokens_processing_total", 0);
      status(meta, "todo");
      String text = new String(file.content(), StandardCharsets.UTF_8);
      library
          .documents()
          .put(id, new Document(meta, file.content(), text, sequence.incrementAndGet()));
      ObjectNode libraryMeta = library.meta();
      libraryMeta.put("nb_documents", library.documents().size());
      libraryMeta.put("total_size", libraryMeta.get("total_size").asLong() + file.content().length);
      libraryMeta.put("updated_at", seeds.nowIso());
      return Reply.json(201, meta.deepCopy());
    }
  }

  Reply listDocuments(String libraryId, ApiCall call) {
    Library library = libraries.get(libraryId);
    if (library == null) {
      return libraryNotFound(libraryId);
    }
    int page = call.queryInt("page", 0);
    int pageSize = call.queryInt("page_size", 100);
    if (page < 0 || pageSize < 1 || pageSize > 100) {
      return ApiErrors.unprocessable(
          "value_error",
          List.<Object>of("query", page < 0 ? "page" : "page_size"),
          page < 0 ? "page must be 0 or more" : "page_size must be from 1 to 100",
          null);
    }
    String search = call.query("search");
    String sortBy = call.query("sort_by") == null ? "created_at" : call.query("sort_by");
    boolean ascending = "asc".equalsIgnoreCase(call.query("sort_order"));
    Map<String, JsonNode> filter = attributeFilter(call.query("filters_attributes"));
    if (filter == null) {
      return ApiErrors.unprocessable(
          "json_invalid",
          List.<Object>of("query", "filters_attributes"),
          "filters_attributes must be a JSON object",
          null);
    }
    Comparator<Document> order =
        "name".equals(sortBy)
            ? Comparator.comparing((Document document) -> Json.text(document.meta(), "name"))
            : Comparator.comparingLong(Document::order);
    List<ObjectNode> matching = new ArrayList<>();
    synchronized (library) {
      library.documents().values().stream()
          .filter(
              document ->
                  search == null
                      || Json.text(document.meta(), "name", "")
                          .toLowerCase(Locale.ROOT)
                          .contains(search.toLowerCase(Locale.ROOT)))
          .filter(document -> matches(document.meta().get("attributes"), filter))
          .sorted(ascending ? order : order.reversed())
          .map(document -> look(document, false))
          .forEach(matching::add);
    }
    ObjectNode out = Json.object();
    ObjectNode pagination = out.putObject("pagination");
    pagination.put("total_items", matching.size());
    pagination.put("total_pages", (matching.size() + pageSize - 1) / pageSize);
    pagination.put("current_page", page);
    pagination.put("page_size", pageSize);
    pagination.put("has_more", (long) (page + 1) * pageSize < matching.size());
    ArrayNode data = out.putArray("data");
    matching.stream().skip((long) page * pageSize).limit(pageSize).forEach(data::add);
    return Reply.ok(out);
  }

  Reply retrieveDocument(String libraryId, String documentId) {
    Document document = document(libraryId, documentId);
    return document == null
        ? documentNotFound(libraryId, documentId)
        : Reply.ok(look(document, true));
  }

  Reply updateDocument(String libraryId, String documentId, ApiCall call) {
    Document document = document(libraryId, documentId);
    if (document == null) {
      return documentNotFound(libraryId, documentId);
    }
    JsonNode body = call.body();
    synchronized (document) {
      if (body.has("name") && body.get("name").isString()) {
        document.meta().set("name", body.get("name"));
      }
      JsonNode attributes = body.get("attributes");
      if (attributes != null && attributes.isObject()) {
        document.meta().set("attributes", attributes.deepCopy());
      }
      return Reply.ok(document.meta().deepCopy());
    }
  }

  Reply deleteDocument(String libraryId, String documentId) {
    Library library = libraries.get(libraryId);
    Document removed = library == null ? null : library.documents().remove(documentId);
    if (removed == null) {
      return documentNotFound(libraryId, documentId);
    }
    synchronized (library) {
      library.meta().put("nb_documents", library.documents().size());
      library
          .meta()
          .put("total_size", library.meta().get("total_size").asLong() - removed.content().length);
    }
    return Reply.noContent();
  }

  Reply textContent(String libraryId, String documentId) {
    Document document = document(libraryId, documentId);
    if (document == null) {
      return documentNotFound(libraryId, documentId);
    }
    ObjectNode meta = look(document, false);
    if (!"done".equals(Json.text(meta, "process_status"))) {
      return Reply.badRequest(
          "Document "
              + documentId
              + " is not processed yet (its status is "
              + Json.text(meta, "process_status")
              + ")");
    }
    ObjectNode out = Json.object();
    out.put("text", document.text());
    return Reply.ok(out);
  }

  Reply status(String libraryId, String documentId) {
    Document document = document(libraryId, documentId);
    if (document == null) {
      return documentNotFound(libraryId, documentId);
    }
    ObjectNode meta = look(document, true);
    ObjectNode out = Json.object();
    out.put("document_id", documentId);
    out.put("process_status", Json.text(meta, "process_status"));
    out.put("processing_status", Json.text(meta, "processing_status"));
    return Reply.ok(out);
  }

  Reply signedUrl(String libraryId, String documentId, String baseUrl, String what) {
    if (document(libraryId, documentId) == null) {
      return documentNotFound(libraryId, documentId);
    }
    return Reply.ok(
        Json.MAPPER
            .getNodeFactory()
            .stringNode(
                baseUrl
                    + "/signed/libraries/"
                    + libraryId
                    + "/documents/"
                    + documentId
                    + "/"
                    + what
                    + "?signature="
                    + seeds.hex(32)));
  }

  Reply reprocess(String libraryId, String documentId) {
    Document document = document(libraryId, documentId);
    if (document == null) {
      return documentNotFound(libraryId, documentId);
    }
    synchronized (document) {
      status(document.meta(), "todo");
      lastStep.remove(documentId);
    }
    return Reply.noContent();
  }

  // ---- sharing

  Reply listShares(String libraryId) {
    Library library = libraries.get(libraryId);
    if (library == null) {
      return libraryNotFound(libraryId);
    }
    ObjectNode out = Json.object();
    ArrayNode data = out.putArray("data");
    library.shares().values().forEach(data::add);
    return Reply.ok(out);
  }

  Reply share(String libraryId, ApiCall call) {
    Library library = libraries.get(libraryId);
    if (library == null) {
      return libraryNotFound(libraryId);
    }
    Reply missing = call.require("level", "share_with_uuid", "share_with_type");
    if (missing != null) {
      return missing;
    }
    JsonNode body = call.body();
    ObjectNode share = Json.object();
    share.put("library_id", libraryId);
    share.putNull("user_id");
    share.put("org_id", ORG_ID);
    share.put("role", Json.text(body, "level"));
    share.put("share_with_type", Json.text(body, "share_with_type"));
    share.put("share_with_uuid", Json.text(body, "share_with_uuid"));
    library.shares().put(shareKey(body), share);
    recount(library);
    return Reply.ok(share);
  }

  Reply unshare(String libraryId, ApiCall call) {
    Library library = libraries.get(libraryId);
    if (library == null) {
      return libraryNotFound(libraryId);
    }
    Reply missing = call.require("share_with_uuid", "share_with_type");
    if (missing != null) {
      return missing;
    }
    ObjectNode removed = library.shares().remove(shareKey(call.body()));
    if (removed == null) {
      return Reply.notFound(
          "Library "
              + libraryId
              + " is not shared with "
              + Json.text(call.body(), "share_with_type")
              + " "
              + Json.text(call.body(), "share_with_uuid"));
    }
    recount(library);
    return Reply.ok(removed);
  }

  private static String shareKey(JsonNode body) {
    return Json.text(body, "share_with_type") + "/" + Json.text(body, "share_with_uuid");
  }

  private static void recount(Library library) {
    synchronized (library) {
      long users = count(library, "User");
      long workspaces = count(library, "Workspace");
      library.meta().put("explicit_user_members_count", users);
      library.meta().put("explicit_workspace_members_count", workspaces);
      ObjectNode org =
          library.shares().values().stream()
              .filter(share -> "Org".equals(Json.text(share, "share_with_type")))
              .findFirst()
              .orElse(null);
      library.meta().put("org_sharing_role", org == null ? null : Json.text(org, "role"));
    }
  }

  private static long count(Library library, String type) {
    return library.shares().values().stream()
        .filter(share -> type.equals(Json.text(share, "share_with_type")))
        .count();
  }

  // ---- search, for the document_library tool

  /**
   * The sentence of a processed document of these libraries that shares the most words with the
   * question, or null when none shares any: what the {@code document_library} tool finds.
   */
  Hit search(List<String> libraryIds, String question) {
    Set<String> asked = words(question);
    Hit best = null;
    int bestScore = 0;
    for (String libraryId : libraryIds) {
      Library library = libraries.get(libraryId);
      if (library == null) {
        continue;
      }
      List<Document> documents = new ArrayList<>(library.documents().values());
      documents.sort(Comparator.comparingLong(Document::order));
      for (Document document : documents) {
        if (!"done".equals(Json.text(look(document, false), "process_status"))) {
          continue;
        }
        for (String sentence : document.text().split("(?<=[.!?])\\s+|\\R+")) {
          Set<String> said = words(sentence);
          said.retainAll(asked);
          if (said.size() > bestScore) {
            bestScore = said.size();
            best =
                new Hit(
                    libraryId,
                    Json.text(document.meta(), "id"),
                    Json.text(document.meta(), "name"),
                    sentence.strip());
          }
        }
      }
    }
    return best;
  }

  private static Set<String> words(String text) {
    Set<String> words = new java.util.HashSet<>();
    for (String word : WORD.split(text == null ? "" : text.toLowerCase(Locale.ROOT))) {
      // Short words (the, is, of) match everything; they do not tell sentences apart.
      if (word.length() > 3) {
        words.add(word);
      }
    }
    return words;
  }

  // ---- processing

  /**
   * The document as it is now, moved on as its pace says: one step per elapsed {@link
   * Jobs.Pace#every}, and one more when it is being read ({@code retrieved}) and the pace moves on
   * reads. A copy, so that a reply never changes after it was made.
   */
  private ObjectNode look(Document document, boolean retrieved) {
    synchronized (document) {
      ObjectNode meta = document.meta();
      String id = Json.text(meta, "id");
      long now = pace.nanoClock.getAsLong();
      long last = lastStep.computeIfAbsent(id, key -> now);
      Duration every = pace.every;
      if (every != null && !every.isZero() && !every.isNegative()) {
        long due = (now - last) / every.toNanos();
        for (long i = 0; i < due && step(document); i++) {
          lastStep.put(id, now);
        }
      }
      if (retrieved && pace.onRetrieve && step(document)) {
        lastStep.put(id, now);
      }
      return meta.deepCopy();
    }
  }

  /** One processing step; false when processing had already ended. */
  private boolean step(Document document) {
    ObjectNode meta = document.meta();
    String status = Json.text(meta, "process_status");
    if (FINAL.contains(status)) {
      return false;
    }
    if ("todo".equals(status)) {
      status(meta, "in_progress");
      return true;
    }
    boolean empty = document.text().isBlank();
    status(meta, empty ? "missing_content" : "done");
    meta.put("last_processed_at", seeds.nowIso());
    int tokens = empty ? 0 : Completions.tokens(document.text()).size();
    meta.put("number_of_pages", empty ? 0 : 1);
    meta.put("tokens_processing_main_content", tokens);
    meta.put("tokens_processing_total", tokens);
    String summary = document.text().strip();
    meta.put("summary", summary.length() > 80 ? summary.substring(0, 80) + "…" : summary);
    return true;
  }

  private static void status(ObjectNode meta, String status) {
    meta.put("process_status", status);
    meta.put("processing_status", PROCESSING_STATUS.getOrDefault(status, status));
  }

  /** The display wording of each status, as {@code processing_status} carries it. */
  private static final Map<String, String> PROCESSING_STATUS = new LinkedHashMap<>();

  static {
    PROCESSING_STATUS.put("todo", "Queued");
    PROCESSING_STATUS.put("in_progress", "Running");
    PROCESSING_STATUS.put("done", "Completed");
    PROCESSING_STATUS.put("missing_content", "Completed");
  }

  // ---- helpers

  private Document document(String libraryId, String documentId) {
    Library library = libraries.get(libraryId);
    return library == null ? null : library.documents().get(documentId);
  }

  /** The filter as attribute values to equal, or null when it is not a JSON object. */
  private static Map<String, JsonNode> attributeFilter(String filter) {
    Map<String, JsonNode> values = new LinkedHashMap<>();
    if (filter == null || filter.isBlank()) {
      return values;
    }
    JsonNode parsed;
    try {
      parsed = Json.parse(filter);
    } catch (RuntimeException notJson) {
      return null;
    }
    if (parsed == null || !parsed.isObject()) {
      return null;
    }
    parsed.properties().forEach(property -> values.put(property.getKey(), property.getValue()));
    return values;
  }

  private static boolean matches(JsonNode attributes, Map<String, JsonNode> filter) {
    for (Map.Entry<String, JsonNode> wanted : filter.entrySet()) {
      if (attributes == null || !wanted.getValue().equals(attributes.get(wanted.getKey()))) {
        return false;
      }
    }
    return true;
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException unavailable) {
      throw new IllegalStateException(unavailable);
    }
  }

  private static String mimeType(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".pdf")) {
      return "application/pdf";
    }
    if (lower.endsWith(".md")) {
      return "text/markdown";
    }
    if (lower.endsWith(".txt")) {
      return "text/plain";
    }
    return "application/octet-stream";
  }

  private static Reply libraryNotFound(String id) {
    return Reply.notFound("Library " + id + " not found");
  }

  private static Reply documentNotFound(String libraryId, String documentId) {
    return Reply.notFound("Document " + documentId + " not found in library " + libraryId);
  }
}
