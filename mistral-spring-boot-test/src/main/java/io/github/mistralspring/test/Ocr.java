package io.github.mistralspring.test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * OCR: text documents (a data URL or an uploaded file) become markdown pages of their own text; a
 * PDF gets one page per {@code /Type /Page} it contains; an image or a remote URL gets one page.
 */
final class Ocr {

  private static final Pattern PDF_PAGE = Pattern.compile("/Type\\s*/Page(?![s\\w])");
  private static final int LINES_PER_PAGE = 50;

  private final FilesStore files;

  Ocr(FilesStore files) {
    this.files = files;
  }

  Reply process(ApiCall call) {
    Reply invalid = call.require("model", "document");
    if (invalid == null) {
      invalid = call.requireKnownModel(Json.text(call.body(), "model"));
    }
    if (invalid != null) {
      return invalid;
    }
    JsonNode document = call.body().get("document");
    String type = Json.text(document, "type", "document_url");
    byte[] content = null;
    String name;
    String mimetype = null;
    boolean image = "image_url".equals(type);
    if ("file".equals(type)) {
      String fileId = Json.text(document, "file_id");
      FilesStore.StoredFile file = files.get(fileId);
      if (file == null) {
        return Reply.notFound("File " + fileId + " not found");
      }
      content = file.content();
      name = Json.text(file.meta(), "filename");
      mimetype = Json.text(file.meta(), "mimetype");
    } else {
      JsonNode urlNode = document.get(image ? "image_url" : "document_url");
      String url =
          urlNode == null
              ? ""
              : urlNode.isObject() ? Json.text(urlNode, "url", "") : urlNode.asString("");
      name = Json.text(document, "document_name", lastSegment(url));
      if (url.startsWith("data:")) {
        int comma = url.indexOf(',');
        String header = url.substring(5, Math.max(5, comma));
        mimetype = header.split(";")[0];
        String data = comma < 0 ? "" : url.substring(comma + 1);
        content =
            header.endsWith(";base64")
                ? Base64.getMimeDecoder().decode(data)
                : data.getBytes(StandardCharsets.UTF_8);
      }
    }
    List<String> pages = pages(name, content, mimetype, image);
    List<Integer> wanted = new ArrayList<>();
    JsonNode pagesParam = call.body().get("pages");
    if (pagesParam != null && pagesParam.isArray()) {
      pagesParam.forEach(page -> wanted.add(page.asInt()));
    }
    ObjectNode response = Json.object();
    ArrayNode pageArray = response.putArray("pages");
    boolean includeImages = Json.bool(call.body(), "include_image_base64", false);
    for (int index = 0; index < pages.size(); index++) {
      if (!wanted.isEmpty() && !wanted.contains(index)) {
        continue;
      }
      ObjectNode page = pageArray.addObject();
      page.put("index", index);
      page.put("markdown", pages.get(index));
      ArrayNode images = page.putArray("images");
      if (image) {
        ObjectNode picture = images.addObject();
        picture.put("id", "img-0.jpeg");
        picture.put("top_left_x", 0);
        picture.put("top_left_y", 0);
        picture.put("bottom_right_x", 1024);
        picture.put("bottom_right_y", 768);
        if (includeImages && content != null) {
          picture.put(
              "image_base64",
              "data:image/jpeg;base64," + Base64.getEncoder().encodeToString(content));
        } else {
          picture.putNull("image_base64");
        }
      }
      page.putArray("tables");
      page.putArray("hyperlinks");
      page.putNull("header");
      page.putNull("footer");
      ObjectNode dimensions = page.putObject("dimensions");
      dimensions.put("dpi", 200);
      dimensions.put("height", image ? 768 : 2200);
      dimensions.put("width", image ? 1024 : 1700);
    }
    response.put("model", Json.text(call.body(), "model"));
    JsonNode annotationFormat = call.body().get("document_annotation_format");
    if (annotationFormat != null && annotationFormat.isObject()) {
      JsonNode schema = annotationFormat.path("json_schema").get("schema");
      response.put(
          "document_annotation",
          Json.write(JsonSchemaSampler.sample(schema, Hashing.fnv(String.join("", pages)))));
    } else {
      response.putNull("document_annotation");
    }
    ObjectNode usage = response.putObject("usage_info");
    usage.put("pages_processed", pageArray.size());
    if (content == null) {
      usage.putNull("doc_size_bytes");
    } else {
      usage.put("doc_size_bytes", content.length);
    }
    return Reply.ok(response);
  }

  private static List<String> pages(String name, byte[] content, String mimetype, boolean image) {
    List<String> pages = new ArrayList<>();
    if (image) {
      pages.add("![img-0.jpeg](img-0.jpeg)\n\nImage: " + name);
      return pages;
    }
    if (content == null) {
      pages.add(
          "# " + name + "\n\nText of the document at " + name + ", read by the Mistral simulator.");
      return pages;
    }
    String latin = new String(content, StandardCharsets.ISO_8859_1);
    if (latin.startsWith("%PDF")) {
      Matcher matcher = PDF_PAGE.matcher(latin);
      int count = 0;
      while (matcher.find()) {
        count++;
      }
      for (int page = 1; page <= Math.max(1, count); page++) {
        pages.add("# " + name + "\n\nPage " + page + " of " + Math.max(1, count) + ".");
      }
      return pages;
    }
    List<String> lines = new String(content, StandardCharsets.UTF_8).lines().toList();
    for (int start = 0; start < Math.max(1, lines.size()); start += LINES_PER_PAGE) {
      pages.add(
          String.join(
              "\n",
              lines.subList(
                  Math.min(start, lines.size()), Math.min(lines.size(), start + LINES_PER_PAGE))));
    }
    return pages;
  }

  private static String lastSegment(String url) {
    if (url.startsWith("data:")) {
      return "document";
    }
    try {
      String path = URI.create(url).getPath();
      return path == null || path.isEmpty() ? url : path.substring(path.lastIndexOf('/') + 1);
    } catch (IllegalArgumentException notAUri) {
      return url;
    }
  }
}
