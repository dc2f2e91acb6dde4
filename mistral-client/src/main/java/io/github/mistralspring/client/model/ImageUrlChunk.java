package io.github.mistralspring.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * An image given by URL or data URL ({@code type: image_url}).
 *
 * @param imageUrl the image, in the form (string or object) it was given
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NONE)
@JsonIgnoreProperties(value = "type", allowGetters = true)
public record ImageUrlChunk(@JsonProperty("image_url") ImageUrl imageUrl) implements ContentChunk {

  /** The wire value of this chunk's type. */
  public static final String TYPE = "image_url";

  /**
   * Creates an image chunk that sends the URL as a plain string.
   *
   * @param url the image URL or data URL
   * @return an image chunk written as a plain string
   */
  public static ImageUrlChunk of(String url) {
    return new ImageUrlChunk(ImageUrl.of(url));
  }

  @Override
  @JsonProperty(value = "type", index = 0)
  public String type() {
    return TYPE;
  }
}
