/**
 * A Mistral API simulator for tests and offline runs: {@link
 * io.github.mistralspring.test.MockMistralServer}, scripted with {@link
 * io.github.mistralspring.test.MockResponse}, with a JUnit 5 extension and the Spring Boot test
 * annotation {@link io.github.mistralspring.test.AutoConfigureMockMistral}.
 */
package io.github.mistralspring.test;
