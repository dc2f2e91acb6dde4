/**
 * Tools an agent or a conversation may use (functions and Mistral's built-in tools), and the
 * completion arguments shared by agents and conversations.
 */
@NullMarked
package io.github.mistralspring.client.beta.tools;

import org.jspecify.annotations.NullMarked;
