/**
 * JSON schemas generated from Java types, for structured output ({@code response_format} of type
 * {@code json_schema}) and for the parameters of tools written in Java.
 *
 * <p>The generator is the client's own and reads only the JDK's reflection and Jackson's
 * annotations, so it adds nothing to an application's class path: the maintained generators read
 * types through Jackson 2's databind, which this client (on Jackson 3) does not otherwise need.
 */
@NullMarked
package io.github.mistralspring.client.schema;

import org.jspecify.annotations.NullMarked;
