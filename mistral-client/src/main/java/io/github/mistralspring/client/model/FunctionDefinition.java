package io.github.mistralspring.client.model;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The function a {@link Tool} exposes: what it is called, what it does and what it takes.
 *
 * @param name the function's name, as the model will call it
 * @param description what the function does, to help the model decide when to call it; absent when
 *     none was given
 * @param strict whether the model must follow the parameter schema exactly; absent for the API's
 *     default
 * @param parameters the JSON schema of the arguments; absent for a function without parameters
 */
public record FunctionDefinition(
    String name,
    @Nullable String description,
    @Nullable Boolean strict,
    @Nullable Map<String, Object> parameters) {}
