/**
 * Spring AI's {@code ChatModel} on the Mistral client: its options, the metadata it returns beside
 * the text, and an advisor that sends the conversation id as the prompt cache key.
 */
package io.github.mistralspring.springai.chat;
