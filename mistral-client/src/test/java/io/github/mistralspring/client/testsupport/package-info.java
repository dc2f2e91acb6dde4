/** Test support: a loopback server that checksums streamed transfers, and generated content. */
package io.github.mistralspring.client.testsupport;
