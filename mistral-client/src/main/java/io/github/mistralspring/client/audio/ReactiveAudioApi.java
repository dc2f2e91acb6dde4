package io.github.mistralspring.client.audio;

import io.github.mistralspring.client.audio.speech.ReactiveSpeechApi;
import io.github.mistralspring.client.audio.transcriptions.ReactiveTranscriptionsApi;
import io.github.mistralspring.client.audio.voices.ReactiveVoicesApi;

/**
 * The audio API, as {@code Mono} and {@code Flux}: {@link #transcriptions()} (speech to text),
 * {@link #speech()} (text to speech) and {@link #voices()} (the voices speech is spoken in).
 */
public interface ReactiveAudioApi {

  /**
   * Transcriptions of recorded audio, whole or streamed.
   *
   * @return the reactive transcriptions group
   */
  ReactiveTranscriptionsApi transcriptions();

  /**
   * Speech from text: whole, streamed, or written to a file.
   *
   * @return the reactive speech group
   */
  ReactiveSpeechApi speech();

  /**
   * Voices: list, create from a sample, describe, update, delete, download a sample.
   *
   * @return the reactive voices group
   */
  ReactiveVoicesApi voices();
}
