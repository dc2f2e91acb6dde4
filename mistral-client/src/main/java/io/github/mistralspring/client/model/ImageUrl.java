package io.github.mistralspring.client.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * The image of an {@link ImageUrlChunk}: the API accepts a plain URL string or an object {@code
 * {url, detail}}, and this keeps which of the two it was.
 *
 * @param url the image URL or data URL
 * @param detail the requested detail level ({@code low}, {@code auto}, {@code high}), if any
 * @param plainString true when the image is written as a plain string rather than an object
 */
public record ImageUrl(String url, String detail, boolean plainString) {

  /** Checks that the URL is present and that a plain string carries no detail. */
  public ImageUrl {
    Objects.requireNonNull(url, "url");
    if (plainString && detail != null) {
      throw new IllegalArgumentException("ImageUrl.detail needs the object form, not a string");
    }
  }

  /** Creates an image written as a plain URL string. */
  public static ImageUrl of(String url) {
    return new ImageUrl(url, null, true);
  }

  /** Creates an image written as an object with a detail level. */
  public static ImageUrl of(String url, String detail) {
    return new ImageUrl(url, detail, false);
  }

  /** Reads either form. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static ImageUrl fromJson(JsonNode node) {
    if (node.isString()) {
      return of(node.stringValue());
    }
    JsonNode detail = node.get("detail");
    return new ImageUrl(
        node.path("url").asString(),
        detail == null || detail.isNull() ? null : detail.asString(),
        false);
  }

  /** Writes the form this image was read or built in. */
  @JsonValue
  Object toJson() {
    if (plainString) {
      return url;
    }
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("url", url);
    if (detail != null) {
      json.put("detail", detail);
    }
    return json;
  }
}
