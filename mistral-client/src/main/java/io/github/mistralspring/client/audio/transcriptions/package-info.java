/**
 * Audio transcriptions ({@code POST /v1/audio/transcriptions}): the text of recorded speech, with
 * timestamped segments and speakers on request, whole or as a stream of events. Reach it from
 * {@code mistral.audio().transcriptions()}.
 *
 * <p>The endpoint serves transcription models only: {@code voxtral-mini-latest} (Voxtral Mini
 * Transcribe) and its dated versions such as {@code voxtral-mini-2507} and {@code
 * voxtral-mini-2602}. Chat models that understand audio, such as {@code voxtral-small-latest}, are
 * refused by this endpoint; send audio to them through {@code chat()} with an audio chunk instead.
 */
@NullMarked
package io.github.mistralspring.client.audio.transcriptions;

import org.jspecify.annotations.NullMarked;
