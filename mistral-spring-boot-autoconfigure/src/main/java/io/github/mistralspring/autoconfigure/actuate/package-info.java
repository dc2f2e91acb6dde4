/** Actuator support for the Mistral AI clients: keeping keys out of endpoints. */
package io.github.mistralspring.autoconfigure.actuate;
