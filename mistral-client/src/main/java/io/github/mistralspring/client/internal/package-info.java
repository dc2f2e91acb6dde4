/** The client's engine: transport, retries, stream decoding and JSON. Not a public API. */
package io.github.mistralspring.client.internal;
