package io.github.mistralspring.client.beta.tools;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Which actions of a built-in tool or connector are offered, and which need the user's
 * confirmation.
 *
 * <p>The lists stay absent apart from empty, because the configuration is written back as it was
 * read and an empty {@code include} offers no action at all.
 *
 * @param exclude actions not to offer; absent when none is excluded
 * @param include the only actions to offer; absent to offer all of them
 * @param requiresConfirmation actions the client must confirm before they run; absent when none
 *     needs confirmation
 */
public record ToolConfiguration(
    @Nullable List<String> exclude,
    @Nullable List<String> include,
    @JsonProperty("requires_confirmation") @Nullable List<String> requiresConfirmation) {}
