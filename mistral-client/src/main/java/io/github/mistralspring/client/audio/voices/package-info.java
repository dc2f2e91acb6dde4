/**
 * Voices for speech ({@code /v1/audio/voices}): list, create from a sample, describe, update and
 * delete them, and download a voice's sample. Reach it from {@code mistral.audio().voices()}.
 */
@NullMarked
package io.github.mistralspring.client.audio.voices;

import org.jspecify.annotations.NullMarked;
