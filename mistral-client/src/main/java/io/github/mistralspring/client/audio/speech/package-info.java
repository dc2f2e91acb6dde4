/**
 * Speech from text ({@code POST /v1/audio/speech}), in a saved voice or one cloned from a reference
 * clip: whole, as a stream of audio events, or written to a file or an output stream as it arrives.
 * Reach it from {@code mistral.audio().speech()}.
 */
@NullMarked
package io.github.mistralspring.client.audio.speech;

import org.jspecify.annotations.NullMarked;
