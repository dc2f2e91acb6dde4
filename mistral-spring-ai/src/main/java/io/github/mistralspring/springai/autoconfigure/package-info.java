/**
 * Auto-configuration of the Spring AI models on the Mistral client, and its {@code
 * mistral.spring-ai.*} settings.
 */
package io.github.mistralspring.springai.autoconfigure;
