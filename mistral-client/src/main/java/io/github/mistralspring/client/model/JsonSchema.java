package io.github.mistralspring.client.model;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A named JSON schema that a {@link ResponseFormat} asks the answer to match.
 *
 * @param name the schema's name
 * @param description what the schema describes; absent when none was given
 * @param schema the JSON schema itself
 * @param strict whether the model must follow the schema exactly; absent for the API's default
 */
public record JsonSchema(
    String name,
    @Nullable String description,
    Map<String, Object> schema,
    @Nullable Boolean strict) {}
