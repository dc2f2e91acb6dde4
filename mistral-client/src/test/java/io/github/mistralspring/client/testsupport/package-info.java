/**
 * Test support shared by the client's tests: the WireMock stand-in for the API and its client, a
 * reader of raw HTTP requests for the socket-level servers, a harness for tests that need a JVM of
 * their own, a loopback server that checksums streamed transfers, and generated content.
 */
package io.github.mistralspring.client.testsupport;
