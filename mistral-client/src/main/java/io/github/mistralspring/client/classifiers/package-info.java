/** Moderation and classification of texts and chats: requests, responses and the API group. */
package io.github.mistralspring.client.classifiers;
