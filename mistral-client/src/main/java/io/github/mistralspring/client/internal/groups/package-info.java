/**
 * The implementations of the API group interfaces, on both faces: the reactive ones make their
 * calls through {@link io.github.mistralspring.client.internal.Calls}; the blocking ones are made
 * from them by {@link io.github.mistralspring.client.internal.groups.BlockingFaces}, with what only
 * a blocking face does in {@code BlockingOnly}. Created by the clients; not a public API.
 */
@NullMarked
package io.github.mistralspring.client.internal.groups;

import org.jspecify.annotations.NullMarked;
