/** The health indicator of the Mistral AI clients. */
package io.github.mistralspring.autoconfigure.health;
