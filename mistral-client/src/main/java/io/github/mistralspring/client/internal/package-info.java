/** The client's engine: transport, retries, stream decoding and JSON. Not a public API. */
@NullMarked
package io.github.mistralspring.client.internal;

import org.jspecify.annotations.NullMarked;
