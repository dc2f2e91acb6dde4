package io.github.mistralspring.test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The Files API in memory: upload, list, retrieve, download, signed URL, delete. */
final class FilesStore {

  record StoredFile(ObjectNode meta, byte[] content, long order) {}

  private final Map<String, StoredFile> files = new ConcurrentHashMap<>();
  private final AtomicLong sequence = new AtomicLong();
  private final Seeds seeds;

  FilesStore(Seeds seeds) {
    this.seeds = seeds;
  }

  Reply upload(ApiCall call) {
    String contentType = call.request.header("content-type");
    List<Multipart.Part> parts = Multipart.parse(contentType, call.request.rawBody());
    Multipart.Part file =
        parts.stream().filter(p -> "file".equals(p.name())).findFirst().orElse(null);
    if (file == null) {
      ObjectNode error = Json.object();
      ObjectNode item = error.putArray("detail").addObject();
      item.put("type", "missing");
      item.set("loc", Json.strings(List.of("body", "file")));
      item.put("msg", "Field required");
      item.putNull("input");
      return Reply.json(422, error);
    }
    String purpose =
        parts.stream()
            .filter(p -> "purpose".equals(p.name()))
            .map(p -> new String(p.content(), StandardCharsets.UTF_8).trim())
            .findFirst()
            .orElse("fine-tune");
    String filename = file.filename() == null ? "upload.bin" : file.filename();
    ObjectNode meta = store(filename, purpose, file.content(), file.contentType(), "upload");
    String expiry = field(parts, "expiry");
    if (expiry != null && expiry.matches("\\d{1,6}")) {
      meta.put("expires_at", meta.get("created_at").asLong() + Long.parseLong(expiry) * 3600);
    }
    String visibility = field(parts, "visibility");
    if (visibility != null) {
      meta.put("visibility", visibility);
    }
    return Reply.ok(meta);
  }

  private static String field(List<Multipart.Part> parts, String name) {
    return parts.stream()
        .filter(p -> name.equals(p.name()))
        .map(p -> new String(p.content(), StandardCharsets.UTF_8).trim())
        .findFirst()
        .orElse(null);
  }

  ObjectNode store(
      String filename, String purpose, byte[] content, String mimetype, String source) {
    String id = seeds.uuid();
    ObjectNode meta = Json.object();
    meta.put("id", id);
    meta.put("object", "file");
    meta.put("bytes", content.length);
    meta.put("created_at", seeds.nowSeconds());
    meta.put("filename", filename);
    meta.put("purpose", purpose);
    meta.put("sample_type", sampleType(purpose, source));
    if (filename.toLowerCase(Locale.ROOT).endsWith(".jsonl")) {
      meta.put("num_lines", lines(content).size());
    } else {
      meta.putNull("num_lines");
    }
    meta.put("mimetype", mimetype == null ? guessMimetype(filename) : mimetype);
    meta.put("source", source);
    meta.putNull("signature");
    meta.putNull("expires_at");
    meta.put("visibility", "workspace");
    files.put(id, new StoredFile(meta, content, sequence.incrementAndGet()));
    return meta;
  }

  StoredFile get(String id) {
    return files.get(id);
  }

  Reply list(ApiCall call) {
    int page = call.queryInt("page", 0);
    int pageSize = call.queryInt("page_size", 100);
    String purpose = call.query("purpose");
    String search = call.query("search");
    List<ObjectNode> matching = new ArrayList<>();
    files.values().stream()
        .sorted(Comparator.comparingLong(StoredFile::order).reversed())
        .map(StoredFile::meta)
        .filter(meta -> purpose == null || purpose.equals(Json.text(meta, "purpose")))
        .filter(meta -> search == null || Json.text(meta, "filename", "").contains(search))
        .forEach(matching::add);
    ObjectNode list = Json.object();
    ArrayNode data = list.putArray("data");
    matching.stream().skip((long) page * pageSize).limit(pageSize).forEach(data::add);
    list.put("object", "list");
    list.put("total", matching.size());
    return Reply.ok(list);
  }

  Reply retrieve(String id) {
    StoredFile file = files.get(id);
    if (file == null) {
      return Reply.notFound("File " + id + " not found");
    }
    ObjectNode meta = file.meta().deepCopy();
    meta.put("deleted", false);
    return Reply.ok(meta);
  }

  Reply delete(String id) {
    if (files.remove(id) == null) {
      return Reply.notFound("File " + id + " not found");
    }
    ObjectNode deleted = Json.object();
    deleted.put("id", id);
    deleted.put("object", "file");
    deleted.put("deleted", true);
    return Reply.ok(deleted);
  }

  Reply download(String id) {
    StoredFile file = files.get(id);
    if (file == null) {
      return Reply.notFound("File " + id + " not found");
    }
    return Reply.bytes(200, file.content(), "application/octet-stream");
  }

  Reply signedUrl(String id, String baseUrl) {
    if (!files.containsKey(id)) {
      return Reply.notFound("File " + id + " not found");
    }
    ObjectNode url = Json.object();
    url.put("url", baseUrl + "/v1/files/" + id + "/content?signature=" + seeds.hex(32));
    return Reply.ok(url);
  }

  static List<String> lines(byte[] content) {
    return new String(content, StandardCharsets.UTF_8)
        .lines()
        .filter(line -> !line.isBlank())
        .toList();
  }

  /**
   * The file's {@code sample_type}, one of the spec's values (pretrain, instruct, batch_request,
   * batch_result, batch_error): OCR inputs, for which the spec has no value of their own, are
   * {@code instruct}, like any other upload.
   */
  private static String sampleType(String purpose, String source) {
    if ("mistral".equals(source)) {
      return "batch_result";
    }
    return "batch".equals(purpose) ? "batch_request" : "instruct";
  }

  private static String guessMimetype(String filename) {
    String lower = filename.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".jsonl")) {
      return "application/jsonl";
    }
    if (lower.endsWith(".pdf")) {
      return "application/pdf";
    }
    if (lower.endsWith(".md") || lower.endsWith(".txt")) {
      return "text/plain";
    }
    return "application/octet-stream";
  }
}
