package io.github.mistralspring.client.ocr;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.github.mistralspring.client.model.ImageUrl;

/**
 * An image given by URL or data URL ({@code type: image_url}).
 *
 * @param imageUrl the image, in the form (string or object) it was given
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NONE)
@JsonIgnoreProperties(value = "type", allowGetters = true)
public record ImageUrlDocument(@JsonProperty("image_url") ImageUrl imageUrl)
    implements OcrDocument {

  /** The wire value of this document's type. */
  public static final String TYPE = "image_url";

  /**
   * Creates an image document that sends the URL as a plain string.
   *
   * @param url the image's URL, or a {@code data:} URL holding it
   * @return the document, for {@code OcrRequest}
   */
  public static ImageUrlDocument of(String url) {
    return new ImageUrlDocument(ImageUrl.of(url));
  }

  /**
   * {@inheritDoc}
   *
   * @return {@value #TYPE}, always
   */
  @Override
  @JsonProperty(value = "type", index = 0)
  public String type() {
    return TYPE;
  }
}
