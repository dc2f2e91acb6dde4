package io.github.mistralspring.client.audio;

import io.github.mistralspring.client.audio.speech.SpeechApi;
import io.github.mistralspring.client.audio.transcriptions.TranscriptionsApi;
import io.github.mistralspring.client.audio.voices.VoicesApi;

/**
 * The audio API, blocking: {@link #transcriptions()} (speech to text), {@link #speech()} (text to
 * speech) and {@link #voices()} (the voices speech is spoken in).
 */
public final class AudioApi {

  private final TranscriptionsApi transcriptions;
  private final SpeechApi speech;
  private final VoicesApi voices;

  /** Creates the blocking face over the reactive API group. */
  public AudioApi(ReactiveAudioApi reactive) {
    this.transcriptions = new TranscriptionsApi(reactive.transcriptions());
    this.speech = new SpeechApi(reactive.speech());
    this.voices = new VoicesApi(reactive.voices());
  }

  /** Transcriptions of recorded audio, whole or streamed. */
  public TranscriptionsApi transcriptions() {
    return transcriptions;
  }

  /** Speech from text: whole, streamed, or written to a file or an output stream. */
  public SpeechApi speech() {
    return speech;
  }

  /** Voices: list, create from a sample, describe, update, delete, download a sample. */
  public VoicesApi voices() {
    return voices;
  }
}
