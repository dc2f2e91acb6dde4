/**
 * Data types shared by the chat, FIM, agents and conversations APIs: messages, content chunks,
 * tools, response formats, usage and forward-compatible string values.
 *
 * <p>Every type reads JSON the API may extend later without failing: unknown properties are ignored
 * (or kept, where a request must round-trip), and "enum" values are string-backed.
 */
@NullMarked
package io.github.mistralspring.client.model;

import org.jspecify.annotations.NullMarked;
