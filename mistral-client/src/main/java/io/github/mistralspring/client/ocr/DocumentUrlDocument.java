package io.github.mistralspring.client.ocr;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.jspecify.annotations.Nullable;

/**
 * A document given by URL or data URL ({@code type: document_url}).
 *
 * @param documentUrl the document's URL
 * @param documentName a file name for the document; null for none
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NONE)
@JsonIgnoreProperties(value = "type", allowGetters = true)
public record DocumentUrlDocument(
    @JsonProperty("document_url") String documentUrl,
    @JsonProperty("document_name") @Nullable String documentName)
    implements OcrDocument {

  /** The wire value of this document's type. */
  public static final String TYPE = "document_url";

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
