/**
 * The beta Agents API: create, list, describe, update and delete agents — a model with
 * instructions, tools and hand-offs that conversations can be started with — and their versions and
 * the aliases that name them.
 */
@NullMarked
package io.github.mistralspring.client.beta.agents;

import org.jspecify.annotations.NullMarked;
