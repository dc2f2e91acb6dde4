/**
 * How the client's value types (requests, list queries, responses) hold what they are given:
 * read-only copies, and the query parameters a list query is sent as. It depends on no other
 * package of the client, so that each of them can use it without a cycle. Not a public API.
 */
@NullMarked
package io.github.mistralspring.client.internal.values;

import org.jspecify.annotations.NullMarked;
