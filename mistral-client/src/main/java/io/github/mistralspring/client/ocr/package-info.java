/** Optical character recognition of documents and images: requests, responses and the API group. */
@NullMarked
package io.github.mistralspring.client.ocr;

import org.jspecify.annotations.NullMarked;
