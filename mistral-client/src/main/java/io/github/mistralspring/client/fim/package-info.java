/**
 * Fill-in-the-middle code completions: the request, and the API group that sends it whole or as a
 * stream. Responses and stream chunks are the chat types, which the API shares.
 */
@NullMarked
package io.github.mistralspring.client.fim;

import org.jspecify.annotations.NullMarked;
