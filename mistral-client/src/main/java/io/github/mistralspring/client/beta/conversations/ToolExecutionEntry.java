package io.github.mistralspring.client.beta.conversations;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.github.mistralspring.client.internal.values.ReadOnly;
import java.time.OffsetDateTime;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A built-in tool (web search, code interpreter, image generation, document library, a connector)
 * that ran on the server ({@code type: tool.execution}).
 *
 * @param name the tool's name, such as {@code web_search}
 * @param arguments the tool's arguments, as JSON text
 * @param info what the tool reported, as JSON
 * @param model the model that used the tool
 * @param agentId the agent that used the tool, if any
 * @param id the entry's id; absent on an input not yet stored
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
    @Nullable String model,
    @JsonProperty("agent_id") @Nullable String agentId,
    @Nullable String id,
    @Nullable String object,
    @JsonProperty("created_at") @Nullable OffsetDateTime createdAt,
    @JsonProperty("completed_at") @Nullable OffsetDateTime completedAt)
    implements ConversationEntry {

  /**
   * Keeps the info read-only; absent info reads as empty.
   *
   * @param name the tool's name, such as {@code web_search}
   * @param arguments the tool's arguments, as JSON text
   * @param info what the tool reported, as JSON
   * @param model the model that used the tool
   * @param agentId the agent that used the tool, if any
   * @param id the entry's id; absent on an input not yet stored
   * @param object always {@code entry}
   * @param createdAt when the entry was created
   * @param completedAt when the entry was completed, if it was
   */
  public ToolExecutionEntry {
    info = ReadOnly.map(info);
  }

  /** The wire value of this entry's type. */
  public static final String TYPE = "tool.execution";

  @Override
  @JsonProperty(value = "type", index = 0)
  public String type() {
    return TYPE;
  }
}
