/** Optical character recognition of documents and images: requests, responses and the API group. */
package io.github.mistralspring.client.ocr;
