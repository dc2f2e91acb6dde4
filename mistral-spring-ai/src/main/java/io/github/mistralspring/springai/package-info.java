/**
 * Spring AI on the Mistral client: chat, embedding and moderation models and an OCR document
 * reader, each in a package of its own, and their auto-configuration.
 */
package io.github.mistralspring.springai;
