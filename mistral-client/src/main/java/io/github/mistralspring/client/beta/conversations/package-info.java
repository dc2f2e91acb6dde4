/**
 * The beta Conversations API: stateful conversations with a model or an agent, their entries
 * (messages, function calls and results, built-in tool executions, agent hand-offs), their event
 * streams, and a loop that answers function calls with Java functions.
 */
@NullMarked
package io.github.mistralspring.client.beta.conversations;

import org.jspecify.annotations.NullMarked;
