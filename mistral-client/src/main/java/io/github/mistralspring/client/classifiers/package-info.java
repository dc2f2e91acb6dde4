/** Moderation and classification of texts and chats: requests, responses and the API group. */
@NullMarked
package io.github.mistralspring.client.classifiers;

import org.jspecify.annotations.NullMarked;
