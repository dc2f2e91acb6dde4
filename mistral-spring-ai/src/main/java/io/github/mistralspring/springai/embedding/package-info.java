/** Spring AI's {@code EmbeddingModel} on the Mistral client, and its options. */
package io.github.mistralspring.springai.embedding;
