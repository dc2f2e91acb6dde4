package io.github.mistralspring.client.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The image of an {@link ImageUrlChunk}: the API accepts a plain URL string or an object {@code
 * {url, detail}}, and this keeps which of the two it was.
 *
 * @param url the image URL or data URL
 * @param detail the requested detail level ({@code low}, {@code auto}, {@code high}); absent for
 *     the API's default
 * @param plainString true when the image is written as a plain string rather than an object
 */
public record ImageUrl(String url, @Nullable String detail, boolean plainString) {

  /**
   * Checks that the URL is present and that a plain string carries no detail.
   *
   * @param url the image URL or data URL
   * @param detail the detail level, such as {@code high}; null for the API's default
   * @param plainString true to write the image as a plain string (then without a detail)
   */
  public ImageUrl {
    Objects.requireNonNull(url, "url");
    if (plainString && detail != null) {
      throw new IllegalArgumentException("ImageUrl.detail needs the object form, not a string");
    }
  }

  /**
   * Creates an image written as a plain URL string.
   *
   * @param url the image URL or data URL
   * @return an image written as a plain string
   */
  public static ImageUrl of(String url) {
    return new ImageUrl(url, null, true);
  }

  /**
   * Creates an image written as an object with a detail level.
   *
   * @param url the image URL or data URL
   * @param detail the detail level: {@code low}, {@code auto} or {@code high}
   * @return an image written as an object with its detail
   */
  public static ImageUrl of(String url, @Nullable String detail) {
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
