package io.github.mistralspring.client.beta.tools;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A custom connector registered with Mistral ({@code type: connector}).
 *
 * @param connectorId the connector's id
 * @param authorization how the connector authenticates ({@code api-key} or {@code oauth2-token}
 *     objects), as JSON; absent when the connector needs none
 * @param toolConfiguration which of the connector's tools to include, exclude or confirm; absent
 *     for the connector's defaults
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NONE)
@JsonIgnoreProperties(value = "type", allowGetters = true)
public record ConnectorTool(
    @JsonProperty("connector_id") String connectorId,
    @Nullable Map<String, Object> authorization,
    @JsonProperty("tool_configuration") @Nullable ToolConfiguration toolConfiguration)
    implements AgentTool {

  /** The wire value of this tool's type. */
  public static final String TYPE = "connector";

  @Override
  @JsonProperty(value = "type", index = 0)
  public String type() {
    return TYPE;
  }
}
