/**
 * What every call of the client shares, whatever its API group: the operations it declares and the
 * retry policy.
 */
package io.github.mistralspring.client.core;
