package io.github.mistralspring.client.ocr;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Base64;

/**
 * An image extracted from a page, with its bounding box in page pixels.
 *
 * @param id the image's id, which the page's markdown refers to
 * @param topLeftX the x of the box's top-left corner
 * @param topLeftY the y of the box's top-left corner
 * @param bottomRightX the x of the box's bottom-right corner
 * @param bottomRightY the y of the box's bottom-right corner
 * @param imageBase64 the image as base64 (often a data URL), when asked for
 * @param imageAnnotation the image's annotation as a JSON string, when a format was asked for
 */
public record OcrImageObject(
    String id,
    @JsonProperty("top_left_x") Integer topLeftX,
    @JsonProperty("top_left_y") Integer topLeftY,
    @JsonProperty("bottom_right_x") Integer bottomRightX,
    @JsonProperty("bottom_right_y") Integer bottomRightY,
    @JsonProperty("image_base64") String imageBase64,
    @JsonProperty("image_annotation") String imageAnnotation) {

  /**
   * Decodes the image's bytes, dropping a {@code data:…;base64,} prefix if there is one.
   *
   * @return the bytes, or null when the image was not returned
   */
  public byte[] imageBytes() {
    if (imageBase64 == null) {
      return null;
    }
    String data = imageBase64;
    if (data.startsWith("data:")) {
      data = data.substring(data.indexOf(',') + 1);
    }
    return Base64.getMimeDecoder().decode(data);
  }
}
