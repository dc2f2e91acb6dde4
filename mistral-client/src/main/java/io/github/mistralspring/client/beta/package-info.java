/**
 * The beta API groups of the Mistral API: {@code beta().agents()}, {@code beta().conversations()}
 * and {@code beta().libraries()}.
 */
package io.github.mistralspring.client.beta;
