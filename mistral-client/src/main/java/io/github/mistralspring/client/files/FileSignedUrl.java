package io.github.mistralspring.client.files;

/**
 * A time-limited URL from which a file can be downloaded without the API key (spec {@code
 * FileSignedURL}).
 *
 * @param url the signed URL
 */
public record FileSignedUrl(String url) {}
