package io.github.mistralspring.client.model;

/**
 * A tool choice that forces the model to call one named function.
 *
 * @param type the kind of tool; {@code function}
 * @param function the name of the function to call
 */
public record FunctionToolChoice(ToolType type, FunctionName function) implements ToolChoice {}
