/** A small Spring MVC application that answers prompts with the Mistral starter. */
package io.github.mistralspring.sample;
