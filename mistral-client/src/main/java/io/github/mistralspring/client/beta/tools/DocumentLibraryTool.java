package io.github.mistralspring.client.beta.tools;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The built-in document library tool, which searches the given libraries ({@code type:
 * document_library}).
 *
 * @param libraryIds the ids of the libraries to search
 * @param toolConfiguration which of the tool's actions to include, exclude or confirm; absent for
 *     the tool's defaults
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NONE)
@JsonIgnoreProperties(value = "type", allowGetters = true)
public record DocumentLibraryTool(
    @JsonProperty("library_ids") List<String> libraryIds,
    @JsonProperty("tool_configuration") @Nullable ToolConfiguration toolConfiguration)
    implements AgentTool {

  /** The wire value of this tool's type. */
  public static final String TYPE = "document_library";

  /**
   * Creates the tool for the given libraries, with the tool's default configuration.
   *
   * @param libraryIds the ids of the libraries to search
   * @return a document library tool to offer to an agent or a conversation
   */
  public static DocumentLibraryTool of(String... libraryIds) {
    return new DocumentLibraryTool(List.of(libraryIds), null);
  }

  @Override
  @JsonProperty(value = "type", index = 0)
  public String type() {
    return TYPE;
  }
}
