package io.github.mistralspring.client.internal.groups;

import io.github.mistralspring.client.audio.ReactiveAudioApi;
import io.github.mistralspring.client.audio.speech.ReactiveSpeechApi;
import io.github.mistralspring.client.audio.transcriptions.ReactiveTranscriptionsApi;
import io.github.mistralspring.client.audio.voices.ReactiveVoicesApi;
import io.github.mistralspring.client.internal.Calls;

/** The implementation of {@link ReactiveAudioApi}; the clients create it. */
public final class DefaultReactiveAudioApi implements ReactiveAudioApi {

  private final ReactiveTranscriptionsApi transcriptions;
  private final ReactiveSpeechApi speech;
  private final ReactiveVoicesApi voices;

  /** Creates the group over the client's calls. */
  public DefaultReactiveAudioApi(Calls calls) {
    this.transcriptions = new DefaultReactiveTranscriptionsApi(calls);
    this.speech = new DefaultReactiveSpeechApi(calls);
    this.voices = new DefaultReactiveVoicesApi(calls);
  }

  @Override
  public ReactiveTranscriptionsApi transcriptions() {
    return transcriptions;
  }

  @Override
  public ReactiveSpeechApi speech() {
    return speech;
  }

  @Override
  public ReactiveVoicesApi voices() {
    return voices;
  }
}
