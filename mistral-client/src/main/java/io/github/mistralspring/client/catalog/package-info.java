/**
 * The {@code models()} API group: the catalogue of models available to a key, and the management of
 * fine-tuned ones (update, archive, delete). Named {@code catalog}, not {@code models}, so that it
 * is never mistaken for {@code model}, the types that several groups share.
 */
@NullMarked
package io.github.mistralspring.client.catalog;

import org.jspecify.annotations.NullMarked;
