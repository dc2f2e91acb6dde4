/**
 * The audio API ({@code /v1/audio}): transcriptions of recorded audio, whole or streamed, speech
 * from text, and the voices speech is spoken with. Reach it from {@code mistral.audio()}.
 */
@NullMarked
package io.github.mistralspring.client.audio;

import org.jspecify.annotations.NullMarked;
