package io.github.mistralspring.client.model;

/**
 * The name of a function, as used by a {@link FunctionToolChoice}.
 *
 * @param name the function's name
 */
public record FunctionName(String name) {}
