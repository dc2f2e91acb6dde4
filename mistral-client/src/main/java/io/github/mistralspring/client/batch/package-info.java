/**
 * The batch jobs API, and {@link io.github.mistralspring.client.batch.BatchJsonl} to write batch
 * input files and read batch results.
 */
package io.github.mistralspring.client.batch;
