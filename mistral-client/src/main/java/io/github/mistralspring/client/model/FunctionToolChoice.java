package io.github.mistralspring.client.model;

import org.jspecify.annotations.Nullable;

/**
 * A tool choice that forces the model to call one named function.
 *
 * @param type the kind of tool; {@code function}; absent when the JSON read had none
 * @param function the name of the function to call; absent when the JSON read had none
 */
public record FunctionToolChoice(@Nullable ToolType type, @Nullable FunctionName function)
    implements ToolChoice {}
