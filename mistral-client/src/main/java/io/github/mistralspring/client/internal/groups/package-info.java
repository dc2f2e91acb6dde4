/**
 * The implementations of the API group interfaces, on both faces: the reactive ones make their
 * calls through {@link io.github.mistralspring.client.internal.Calls}, the blocking ones wait on
 * the reactive ones. Created by the clients; not a public API.
 */
package io.github.mistralspring.client.internal.groups;
