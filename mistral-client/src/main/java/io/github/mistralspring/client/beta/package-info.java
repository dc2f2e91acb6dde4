/**
 * The beta API groups of the Mistral API: {@code beta().agents()}, {@code beta().conversations()}
 * and {@code beta().libraries()}.
 */
@NullMarked
package io.github.mistralspring.client.beta;

import org.jspecify.annotations.NullMarked;
