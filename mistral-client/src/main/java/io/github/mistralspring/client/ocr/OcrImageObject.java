package io.github.mistralspring.client.ocr;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Base64;
import org.jspecify.annotations.Nullable;

/**
 * An image extracted from a page, with its bounding box in page pixels.
 *
 * @param id the image's id, which the page's markdown refers to
 * @param topLeftX the x of the box's top-left corner; absent when not reported
 * @param topLeftY the y of the box's top-left corner; absent when not reported
 * @param bottomRightX the x of the box's bottom-right corner; absent when not reported
 * @param bottomRightY the y of the box's bottom-right corner; absent when not reported
 * @param imageBase64 the image as base64 (often a data URL); absent unless asked for
 * @param imageAnnotation the image's annotation as a JSON string; absent unless a format was asked
 *     for
 */
public record OcrImageObject(
    String id,
    @JsonProperty("top_left_x") @Nullable Integer topLeftX,
    @JsonProperty("top_left_y") @Nullable Integer topLeftY,
    @JsonProperty("bottom_right_x") @Nullable Integer bottomRightX,
    @JsonProperty("bottom_right_y") @Nullable Integer bottomRightY,
    @JsonProperty("image_base64") @Nullable String imageBase64,
    @JsonProperty("image_annotation") @Nullable String imageAnnotation) {

  /**
   * Decodes the image's bytes, dropping a {@code data:…;base64,} prefix if there is one.
   *
   * @return the bytes; absent when the image was not returned
   */
  public byte @Nullable [] imageBytes() {
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
