package io.github.mistralspring.client.beta.agents;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A name that points at one version of an agent (the spec's {@code AgentAliasResponse}), so that
 * callers can ask for {@code production} rather than a version number; see {@link
 * BetaAgentAliasesApi}.
 *
 * @param alias the alias, lower-case letters, digits, {@code _} and {@code -}
 * @param version the version of the agent the alias points at
 * @param createdAt when the alias was created; absent when the API did not report it
 * @param updatedAt when the alias was last pointed at a version; absent when the API did not report
 *     it
 */
public record AgentAlias(
    String alias,
    int version,
    @JsonProperty("created_at") @Nullable OffsetDateTime createdAt,
    @JsonProperty("updated_at") @Nullable OffsetDateTime updatedAt) {}
