/**
 * The batch jobs API, and {@link io.github.mistralspring.client.batch.BatchJsonl} to write batch
 * input files and read batch results.
 */
@NullMarked
package io.github.mistralspring.client.batch;

import org.jspecify.annotations.NullMarked;
