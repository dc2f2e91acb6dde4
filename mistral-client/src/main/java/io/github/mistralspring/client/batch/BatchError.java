package io.github.mistralspring.client.batch;

/**
 * An error a batch job met, and how many requests met it.
 *
 * @param message what went wrong
 * @param count how many requests it happened to
 */
public record BatchError(String message, Integer count) {}
