package io.github.mistralspring.client.beta.conversations;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.github.mistralspring.client.json.MistralJson;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The model asks the client to call one of its functions ({@code type: function.call}); answer it
 * with a {@link FunctionResultEntry} carrying the same {@code tool_call_id}.
 *
 * @param toolCallId the id to answer with
 * @param name the function's name
 * @param arguments the arguments, as the API sent them: a JSON object or a string holding one
 * @param confirmationStatus {@code pending}, {@code allowed} or {@code denied} when the call needs
 *     confirmation; null otherwise
 * @param model the model that made the call
 * @param agentId the agent that made the call, if any
 * @param id the entry's id; absent on an input not yet stored
 * @param object always {@code entry}
 * @param createdAt when the entry was created
 * @param completedAt when the entry was completed, if it was
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NONE)
@JsonIgnoreProperties(value = "type", allowGetters = true)
public record FunctionCallEntry(
    @JsonProperty("tool_call_id") String toolCallId,
    String name,
    JsonNode arguments,
    @JsonProperty("confirmation_status") @Nullable String confirmationStatus,
    @Nullable String model,
    @JsonProperty("agent_id") @Nullable String agentId,
    @Nullable String id,
    @Nullable String object,
    @JsonProperty("created_at") @Nullable OffsetDateTime createdAt,
    @JsonProperty("completed_at") @Nullable OffsetDateTime completedAt)
    implements ConversationEntry {

  /** The wire value of this entry's type. */
  public static final String TYPE = "function.call";

  /**
   * Returns the arguments as JSON text, whichever form the API sent them in.
   *
   * @return the arguments as JSON text, such as {@code {"city":"Paris"}}
   */
  public String argumentsJson() {
    if (arguments == null || arguments.isNull()) {
      return "{}";
    }
    return arguments.isString() ? arguments.asString() : arguments.toString();
  }

  /**
   * Returns the arguments as a JSON tree, parsing them when the API sent a string.
   *
   * @return the arguments as a JSON tree, to read with {@code get(..)}
   * @throws IllegalArgumentException when the string is not JSON
   */
  public JsonNode argumentsNode() {
    if (arguments != null && !arguments.isString() && !arguments.isNull()) {
      return arguments;
    }
    try {
      return MistralJson.mapper().readTree(argumentsJson());
    } catch (JacksonException notJson) {
      throw new IllegalArgumentException(
          "The arguments of the call to " + name + " are not JSON: " + argumentsJson(), notJson);
    }
  }

  @Override
  @JsonProperty(value = "type", index = 0)
  public String type() {
    return TYPE;
  }
}
