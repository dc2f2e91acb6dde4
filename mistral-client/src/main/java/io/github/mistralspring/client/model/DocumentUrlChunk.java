package io.github.mistralspring.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.jspecify.annotations.Nullable;

/**
 * A document given by URL or data URL ({@code type: document_url}).
 *
 * @param documentUrl the document's URL
 * @param documentName a name for the document; absent when none was given
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NONE)
@JsonIgnoreProperties(value = "type", allowGetters = true)
public record DocumentUrlChunk(
    @JsonProperty("document_url") String documentUrl,
    @JsonProperty("document_name") @Nullable String documentName)
    implements ContentChunk {

  /** The wire value of this chunk's type. */
  public static final String TYPE = "document_url";

  /**
   * Creates a document chunk for the given URL.
   *
   * @param documentUrl the document's URL
   * @return a document chunk with no name
   */
  public static DocumentUrlChunk of(String documentUrl) {
    return new DocumentUrlChunk(documentUrl, null);
  }

  @Override
  @JsonProperty(value = "type", index = 0)
  public String type() {
    return TYPE;
  }
}
