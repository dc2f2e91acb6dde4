package io.github.mistralspring.client.internal;

import java.net.URI;
import java.util.Map;

/**
 * One HTTP request as it goes on the wire.
 *
 * @param method the HTTP method
 * @param uri the full URI, base URL included
 * @param authorization the {@code Authorization} header's value
 * @param accept the {@code Accept} header's value
 * @param acceptGzip whether to ask for a gzip-compressed response
 * @param extraHeaders headers added to this request only, or an empty map
 * @param body the body, or null for none
 */
record WireRequest(
    String method,
    URI uri,
    String authorization,
    String accept,
    boolean acceptGzip,
    Map<String, String> extraHeaders,
    RequestBody body) {}
