/**
 * Spring Boot auto-configuration of the Mistral AI client: properties, connection details, beans.
 */
package io.github.mistralspring.autoconfigure;
