package io.github.mistralspring.client.beta.conversations;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * A built-in tool (web search, code interpreter, image generation, document library, a connector)
 * that ran on the server ({@code type: tool.execution}).
 *
 * @param name the tool's name, such as {@code web_search}
 * @param arguments the tool's arguments, as JSON text
 * @param info what the tool reported, as JSON
 * @param model the model that used the tool
 * @param agentId the agent that used the tool, if any
 * @param id the entry's id; null on an input not yet stored
 * @param object always {@code entry}
 * @param createdAt when the entry was created
 * @param completedAt when the entry was completed, if it was
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NONE)
@JsonIgnoreProperties(value = "type", allowGetters = true)
public record ToolExecutionEntry(
    String name,
    String arguments,
    Map<String, Object> info,
    String model,
    @JsonProperty("agent_id") String agentId,
    String id,
    String object,
    @JsonProperty("created_at") OffsetDateTime createdAt,
    @JsonProperty("completed_at") OffsetDateTime completedAt)
    implements ConversationEntry {

  /** The wire value of this entry's type. */
  public static final String TYPE = "tool.execution";

  @Override
  @JsonProperty(value = "type", index = 0)
  public String type() {
    return TYPE;
  }
}
