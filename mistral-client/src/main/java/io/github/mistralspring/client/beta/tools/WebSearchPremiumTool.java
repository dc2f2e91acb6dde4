package io.github.mistralspring.client.beta.tools;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.jspecify.annotations.Nullable;

/**
 * The built-in web search tool with news agency sources ({@code type: web_search_premium}).
 *
 * @param toolConfiguration which of the tool's actions to include, exclude or confirm; absent for
 *     the tool's defaults
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NONE)
@JsonIgnoreProperties(value = "type", allowGetters = true)
public record WebSearchPremiumTool(
    @JsonProperty("tool_configuration") @Nullable ToolConfiguration toolConfiguration)
    implements AgentTool {

  /** The wire value of this tool's type. */
  public static final String TYPE = "web_search_premium";

  /**
   * Creates the tool with its default configuration.
   *
   * @return a premium web search tool to offer to an agent or a conversation
   */
  public static WebSearchPremiumTool of() {
    return new WebSearchPremiumTool(null);
  }

  @Override
  @JsonProperty(value = "type", index = 0)
  public String type() {
    return TYPE;
  }
}
