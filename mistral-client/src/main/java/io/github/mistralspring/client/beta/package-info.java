/**
 * The beta API groups of the Mistral API: {@code beta().agents()} and {@code
 * beta().conversations()}.
 */
package io.github.mistralspring.client.beta;
