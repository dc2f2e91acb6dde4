package io.github.mistralspring.client.observation;

import io.github.mistralspring.client.audio.speech.SpeechDoneEvent;
import io.github.mistralspring.client.audio.transcriptions.TranscriptionDoneEvent;
import io.github.mistralspring.client.audio.transcriptions.TranscriptionResponse;
import io.github.mistralspring.client.audio.transcriptions.TranscriptionTextDeltaEvent;
import io.github.mistralspring.client.chat.ChatCompletionChoice;
import io.github.mistralspring.client.chat.ChatCompletionResponse;
import io.github.mistralspring.client.chat.CompletionChunk;
import io.github.mistralspring.client.chat.CompletionResponseStreamChoice;
import io.github.mistralspring.client.embeddings.EmbeddingResponse;
import io.github.mistralspring.client.model.FinishReason;
import io.github.mistralspring.client.model.UsageInfo;
import java.util.ArrayList;
import java.util.List;

/**
 * What a response of the client, or one event of its stream, tells an observation: read here, by
 * the observation, so that the response types carry nothing for its sake.
 *
 * @param id the response's id, or null
 * @param model the model that answered, or null
 * @param usage the tokens used, or null (a stream usually sends them on its last event only)
 * @param finishReasons why generation stopped, one value per finished choice
 * @param outputText the generated text the value carries, or null
 */
record ObservedResponse(
    String id, String model, UsageInfo usage, List<String> finishReasons, String outputText) {

  /** What a value reports, or null for a value that reports nothing. */
  static ObservedResponse of(Object value) {
    if (value instanceof ChatCompletionResponse response) {
      List<String> reasons = new ArrayList<>(1);
      for (ChatCompletionChoice choice : response.choices()) {
        add(reasons, choice.finishReason());
      }
      return new ObservedResponse(
          response.id(), response.model(), response.usage(), reasons, response.firstContent());
    }
    if (value instanceof CompletionChunk chunk) {
      List<String> reasons = new ArrayList<>(1);
      for (CompletionResponseStreamChoice choice : chunk.choices()) {
        add(reasons, choice.finishReason());
      }
      return new ObservedResponse(
          chunk.id(), chunk.model(), chunk.usage(), reasons, chunk.deltaText());
    }
    if (value instanceof EmbeddingResponse response) {
      return new ObservedResponse(
          response.id(), response.model(), response.usage(), List.of(), null);
    }
    if (value instanceof TranscriptionResponse response) {
      return new ObservedResponse(
          null, response.model(), response.usage(), List.of(), response.text());
    }
    if (value instanceof TranscriptionTextDeltaEvent delta) {
      return new ObservedResponse(null, null, null, List.of(), delta.text());
    }
    if (value instanceof TranscriptionDoneEvent done) {
      return new ObservedResponse(null, done.model(), done.usage(), List.of(), null);
    }
    if (value instanceof SpeechDoneEvent done) {
      return new ObservedResponse(null, null, done.usage(), List.of(), null);
    }
    return null;
  }

  private static void add(List<String> reasons, FinishReason reason) {
    if (reason != null) {
      reasons.add(reason.value());
    }
  }
}
