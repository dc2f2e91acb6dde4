package io.github.mistralspring.client.audio;

import io.github.mistralspring.client.audio.speech.SpeechApi;
import io.github.mistralspring.client.audio.transcriptions.TranscriptionsApi;
import io.github.mistralspring.client.audio.voices.VoicesApi;

/**
 * The audio API, blocking: {@link #transcriptions()} (speech to text), {@link #speech()} (text to
 * speech) and {@link #voices()} (the voices speech is spoken in).
 */
public interface AudioApi {

  /**
   * Transcriptions of recorded audio, whole or streamed.
   *
   * @return the blocking transcriptions group
   */
  TranscriptionsApi transcriptions();

  /**
   * Speech from text: whole, streamed, or written to a file or an output stream.
   *
   * @return the blocking speech group
   */
  SpeechApi speech();

  /**
   * Voices: list, create from a sample, describe, update, delete, download a sample.
   *
   * @return the blocking voices group
   */
  VoicesApi voices();
}
