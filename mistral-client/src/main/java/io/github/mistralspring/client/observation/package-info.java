/**
 * Micrometer observations of the client's calls: the context each call fills in, and the convention
 * that names the observation and its tags after the OpenTelemetry GenAI conventions.
 */
@NullMarked
package io.github.mistralspring.client.observation;

import org.jspecify.annotations.NullMarked;
