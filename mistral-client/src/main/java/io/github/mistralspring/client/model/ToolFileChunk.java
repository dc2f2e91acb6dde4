package io.github.mistralspring.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.jspecify.annotations.Nullable;

/**
 * A file a built-in tool produced, such as an image from image generation or a chart from the code
 * interpreter ({@code type: tool_file}); download it with {@code files().download(fileId)}.
 *
 * @param tool the tool that produced the file
 * @param fileId the file's id
 * @param fileName the file's name; absent when the tool gave none
 * @param fileType the file's type, such as {@code png}; absent when the tool gave none
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NONE)
@JsonIgnoreProperties(value = "type", allowGetters = true)
public record ToolFileChunk(
    String tool,
    @JsonProperty("file_id") String fileId,
    @JsonProperty("file_name") @Nullable String fileName,
    @JsonProperty("file_type") @Nullable String fileType)
    implements ContentChunk {

  /** The wire value of this chunk's type. */
  public static final String TYPE = "tool_file";

  @Override
  @JsonProperty(value = "type", index = 0)
  public String type() {
    return TYPE;
  }
}
