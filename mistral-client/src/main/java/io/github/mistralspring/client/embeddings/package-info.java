/**
 * Embeddings: the request, the response whose vectors are read straight into {@code float[]}, and
 * the API group with shortcuts for one text and for batching many.
 */
@NullMarked
package io.github.mistralspring.client.embeddings;

import org.jspecify.annotations.NullMarked;
