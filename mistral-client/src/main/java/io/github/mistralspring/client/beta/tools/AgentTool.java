package io.github.mistralspring.client.beta.tools;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * A tool offered to an agent or a conversation, told apart by its {@code type}.
 *
 * <p>A type the client does not know yet reads as an {@link UnknownTool} that keeps every property
 * and writes them back unchanged.
 */
@JsonTypeInfo(
    use = JsonTypeInfo.Id.NAME,
    include = JsonTypeInfo.As.EXISTING_PROPERTY,
    property = "type",
    visible = true,
    defaultImpl = UnknownTool.class)
@JsonSubTypes({
  @JsonSubTypes.Type(value = FunctionTool.class, name = FunctionTool.TYPE),
  @JsonSubTypes.Type(value = WebSearchTool.class, name = WebSearchTool.TYPE),
  @JsonSubTypes.Type(value = WebSearchPremiumTool.class, name = WebSearchPremiumTool.TYPE),
  @JsonSubTypes.Type(value = CodeInterpreterTool.class, name = CodeInterpreterTool.TYPE),
  @JsonSubTypes.Type(value = ImageGenerationTool.class, name = ImageGenerationTool.TYPE),
  @JsonSubTypes.Type(value = DocumentLibraryTool.class, name = DocumentLibraryTool.TYPE),
  @JsonSubTypes.Type(value = ConnectorTool.class, name = ConnectorTool.TYPE)
})
public sealed interface AgentTool
    permits FunctionTool,
        WebSearchTool,
        WebSearchPremiumTool,
        CodeInterpreterTool,
        ImageGenerationTool,
        DocumentLibraryTool,
        ConnectorTool,
        UnknownTool {

  /**
   * The tool's type, as sent on the wire.
   *
   * @return the wire name of the type, such as {@code function} or {@code web_search}
   */
  String type();
}
