package io.github.mistralspring.client.beta.libraries;

/**
 * The text extracted from a processed document (the spec's {@code DocumentTextContent}).
 *
 * @param text the extracted text
 */
public record DocumentText(String text) {}
