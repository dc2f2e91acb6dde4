/**
 * Agents completions: the request that runs a chat completion with an agent, and the API group that
 * sends it whole or as a stream. Responses and stream chunks are the chat types.
 */
@NullMarked
package io.github.mistralspring.client.agents;

import org.jspecify.annotations.NullMarked;
