package io.github.mistralspring.sample;

/**
 * The body of {@code POST /api/chat}.
 *
 * @param prompt what to ask
 * @param model the model to ask, or null for the configured default
 */
public record ChatQuestion(String prompt, String model) {}
