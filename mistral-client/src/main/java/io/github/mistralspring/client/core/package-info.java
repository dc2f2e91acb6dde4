/**
 * What every call of the client shares, whatever its API group: the operations it declares and the
 * retry policy.
 */
@NullMarked
package io.github.mistralspring.client.core;

import org.jspecify.annotations.NullMarked;
