/** Metrics from the observations of the Mistral AI clients. */
package io.github.mistralspring.autoconfigure.observation;
