package io.github.mistralspring.client.internal.groups;

import io.github.mistralspring.client.audio.AudioApi;
import io.github.mistralspring.client.audio.ReactiveAudioApi;
import io.github.mistralspring.client.audio.speech.SpeechApi;
import io.github.mistralspring.client.audio.transcriptions.TranscriptionsApi;
import io.github.mistralspring.client.audio.voices.VoicesApi;

/** The implementation of {@link AudioApi}; the clients create it. */
public final class DefaultAudioApi implements AudioApi {

  private final TranscriptionsApi transcriptions;
  private final SpeechApi speech;
  private final VoicesApi voices;

  /** Creates the group, the blocking face over the reactive one. */
  public DefaultAudioApi(ReactiveAudioApi reactive) {
    this.transcriptions = new DefaultTranscriptionsApi(reactive.transcriptions());
    this.speech = new DefaultSpeechApi(reactive.speech());
    this.voices = new DefaultVoicesApi(reactive.voices());
  }

  @Override
  public TranscriptionsApi transcriptions() {
    return transcriptions;
  }

  @Override
  public SpeechApi speech() {
    return speech;
  }

  @Override
  public VoicesApi voices() {
    return voices;
  }
}
