/** Chat completions: requests, responses, stream chunks and the accumulator that folds them. */
@NullMarked
package io.github.mistralspring.client.chat;

import org.jspecify.annotations.NullMarked;
