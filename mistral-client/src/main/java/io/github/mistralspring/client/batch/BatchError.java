package io.github.mistralspring.client.batch;

import org.jspecify.annotations.Nullable;

/**
 * An error a batch job met, and how many requests met it.
 *
 * @param message what went wrong
 * @param count how many requests it happened to; absent when the API did not count them
 */
public record BatchError(String message, @Nullable Integer count) {}
