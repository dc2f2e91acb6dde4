/**
 * The exceptions the Mistral client throws: one unchecked hierarchy rooted at {@link
 * io.github.mistralspring.client.error.MistralException}.
 */
@NullMarked
package io.github.mistralspring.client.error;

import org.jspecify.annotations.NullMarked;
