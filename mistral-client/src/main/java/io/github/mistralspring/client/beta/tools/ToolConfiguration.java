package io.github.mistralspring.client.beta.tools;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Which actions of a built-in tool or connector are offered, and which need the user's
 * confirmation.
 *
 * @param exclude actions not to offer; may be null
 * @param include the only actions to offer; may be null
 * @param requiresConfirmation actions the client must confirm before they run; may be null
 */
public record ToolConfiguration(
    List<String> exclude,
    List<String> include,
    @JsonProperty("requires_confirmation") List<String> requiresConfirmation) {}
