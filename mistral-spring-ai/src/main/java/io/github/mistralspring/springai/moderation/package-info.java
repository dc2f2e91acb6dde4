/** Spring AI's {@code ModerationModel} on the Mistral client's moderations, and its options. */
package io.github.mistralspring.springai.moderation;
