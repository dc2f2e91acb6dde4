package io.github.mistralspring.client.model;

import java.util.Map;

/**
 * A named JSON schema that a {@link ResponseFormat} asks the answer to match.
 *
 * @param name the schema's name
 * @param description what the schema describes
 * @param schema the JSON schema itself
 * @param strict whether the model must follow the schema exactly
 */
public record JsonSchema(
    String name, String description, Map<String, Object> schema, Boolean strict) {}
