package io.github.mistralspring.client.model;

import java.util.Map;

/**
 * The function a {@link Tool} exposes: what it is called, what it does and what it takes.
 *
 * @param name the function's name, as the model will call it
 * @param description what the function does, to help the model decide when to call it
 * @param strict whether the model must follow the parameter schema exactly
 * @param parameters the JSON schema of the arguments
 */
public record FunctionDefinition(
    String name, String description, Boolean strict, Map<String, Object> parameters) {}
