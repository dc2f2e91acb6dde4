package io.github.mistralspring.client.ocr;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * A file uploaded to the Files API, given by id ({@code type: file}).
 *
 * @param fileId the id of the uploaded file
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NONE)
@JsonIgnoreProperties(value = "type", allowGetters = true)
public record FileDocument(@JsonProperty("file_id") String fileId) implements OcrDocument {

  /** The wire value of this document's type. */
  public static final String TYPE = "file";

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
