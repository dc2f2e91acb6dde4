package io.github.mistralspring.client.model;

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
public record FileChunk(@JsonProperty("file_id") String fileId) implements ContentChunk {

  /** The wire value of this chunk's type. */
  public static final String TYPE = "file";

  /**
   * Creates a chunk for the uploaded file with the given id.
   *
   * @param fileId the id of an uploaded file
   * @return a file chunk
   */
  public static FileChunk of(String fileId) {
    return new FileChunk(fileId);
  }

  @Override
  @JsonProperty(value = "type", index = 0)
  public String type() {
    return TYPE;
  }
}
