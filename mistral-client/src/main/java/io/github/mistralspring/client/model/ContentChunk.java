package io.github.mistralspring.client.model;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * One part of a message's content, told apart by its {@code type}.
 *
 * <p>A type the client does not know yet reads as an {@link UnknownChunk} that keeps every property
 * and writes them back unchanged.
 */
@JsonTypeInfo(
    use = JsonTypeInfo.Id.NAME,
    include = JsonTypeInfo.As.EXISTING_PROPERTY,
    property = "type",
    visible = true,
    defaultImpl = UnknownChunk.class)
@JsonSubTypes({
  @JsonSubTypes.Type(value = TextChunk.class, name = TextChunk.TYPE),
  @JsonSubTypes.Type(value = ImageUrlChunk.class, name = ImageUrlChunk.TYPE),
  @JsonSubTypes.Type(value = DocumentUrlChunk.class, name = DocumentUrlChunk.TYPE),
  @JsonSubTypes.Type(value = ReferenceChunk.class, name = ReferenceChunk.TYPE),
  @JsonSubTypes.Type(value = FileChunk.class, name = FileChunk.TYPE),
  @JsonSubTypes.Type(value = ThinkChunk.class, name = ThinkChunk.TYPE),
  @JsonSubTypes.Type(value = AudioChunk.class, name = AudioChunk.TYPE),
  @JsonSubTypes.Type(value = ToolReferenceChunk.class, name = ToolReferenceChunk.TYPE),
  @JsonSubTypes.Type(value = ToolFileChunk.class, name = ToolFileChunk.TYPE)
})
public sealed interface ContentChunk
    permits TextChunk,
        ImageUrlChunk,
        DocumentUrlChunk,
        ReferenceChunk,
        FileChunk,
        ThinkChunk,
        AudioChunk,
        ToolReferenceChunk,
        ToolFileChunk,
        UnknownChunk {

  /**
   * The chunk's type, as sent on the wire.
   *
   * @return the type, such as {@code text} or {@code image_url}
   */
  String type();
}
