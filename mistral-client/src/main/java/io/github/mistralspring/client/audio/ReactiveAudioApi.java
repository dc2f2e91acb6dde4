package io.github.mistralspring.client.audio;

import io.github.mistralspring.client.audio.speech.ReactiveSpeechApi;
import io.github.mistralspring.client.audio.transcriptions.ReactiveTranscriptionsApi;
import io.github.mistralspring.client.audio.voices.ReactiveVoicesApi;
import io.github.mistralspring.client.internal.MistralTransport;

/**
 * The audio API, as {@code Mono} and {@code Flux}: {@link #transcriptions()} (speech to text),
 * {@link #speech()} (text to speech) and {@link #voices()} (the voices speech is spoken in).
 */
public final class ReactiveAudioApi {

  private final ReactiveTranscriptionsApi transcriptions;
  private final ReactiveSpeechApi speech;
  private final ReactiveVoicesApi voices;

  /** Creates the API group on a transport; clients create it, users get it from {@code audio()}. */
  public ReactiveAudioApi(MistralTransport transport) {
    this.transcriptions = new ReactiveTranscriptionsApi(transport);
    this.speech = new ReactiveSpeechApi(transport);
    this.voices = new ReactiveVoicesApi(transport);
  }

  /** Transcriptions of recorded audio, whole or streamed. */
  public ReactiveTranscriptionsApi transcriptions() {
    return transcriptions;
  }

  /** Speech from text: whole, streamed, or written to a file. */
  public ReactiveSpeechApi speech() {
    return speech;
  }

  /** Voices: list, create from a sample, describe, update, delete, download a sample. */
  public ReactiveVoicesApi voices() {
    return voices;
  }
}
