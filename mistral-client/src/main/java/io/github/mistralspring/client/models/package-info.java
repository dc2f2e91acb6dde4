/**
 * Models: listing and describing them, and managing fine-tuned models (update, archive, delete).
 */
package io.github.mistralspring.client.models;
