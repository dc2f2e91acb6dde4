/**
 * The Mistral AI client: {@link io.github.mistralspring.client.MistralClient} (blocking) and {@link
 * io.github.mistralspring.client.ReactiveMistralClient}, built with {@link
 * io.github.mistralspring.client.MistralClientBuilder}.
 */
@NullMarked
package io.github.mistralspring.client;

import org.jspecify.annotations.NullMarked;
