/**
 * The Mistral API simulator as a program of its own: {@link
 * io.github.mistralspring.simulator.MistralSimulator}, started with {@code java -jar
 * mistral-simulator.jar}.
 */
package io.github.mistralspring.simulator;
