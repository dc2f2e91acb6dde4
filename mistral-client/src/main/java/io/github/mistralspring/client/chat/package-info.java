/** Chat completions: requests, responses, stream chunks and the accumulator that folds them. */
package io.github.mistralspring.client.chat;
