package io.github.mistralspring.client.audio.speech;

import io.github.mistralspring.client.core.MistralOperation;
import io.github.mistralspring.client.core.WithOptions;
import java.nio.file.Path;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Speech from text ({@code POST /v1/audio/speech}), as {@link Mono} and {@link Flux}: whole, as a
 * stream of audio events, or written to a file as it arrives.
 *
 * <p>Generating speech creates nothing on the server, so a failed request is retried after it was
 * sent, as completions are, but never after a stream has emitted.
 */
public interface ReactiveSpeechApi extends WithOptions<ReactiveSpeechApi> {

  /** Generates speech whole; stateless, so safe to retry. */
  MistralOperation CREATE = MistralOperation.statelessPost("audio.speech", "/v1/audio/speech");

  /** Generates speech as a stream of audio events; stateless, retried until the first event. */
  MistralOperation STREAM =
      MistralOperation.statelessStream("audio.speech.stream", "/v1/audio/speech");

  /**
   * Generates the speech and emits it whole, base64-encoded as the API sends it; the whole audio is
   * held in memory (up to the client's in-memory limit). For long texts, prefer {@link #createTo}
   * or {@link #stream}.
   *
   * @param request the text, the voice and the audio format
   * @return the whole audio, base64-encoded as the API sends it, with the usage
   */
  Mono<SpeechResponse> create(SpeechRequest request);

  /**
   * Generates the speech as a stream of events: pieces of audio in order, then {@code
   * speech.audio.done} with the usage. A stream that ends without its done event fails with a
   * {@link io.github.mistralspring.client.error.MistralStreamException}, as does an error the
   * server reports inside it; cancelling closes the connection.
   *
   * @param request the text, the voice and the audio format
   * @return the audio events as they arrive, the done event last
   */
  Flux<SpeechStreamEvent> stream(SpeechRequest request);

  /**
   * Generates the speech and emits its audio, decoded, piece by piece as it arrives: the pieces in
   * order are the bytes of the whole file. Fails as {@link #stream} does.
   *
   * @param request the text, the voice and the audio format
   * @return the decoded audio, piece by piece, in order
   */
  Flux<byte[]> streamAudio(SpeechRequest request);

  /**
   * Generates the speech and writes its audio into a file at {@code target}, created or replaced,
   * as it arrives: only the piece in flight is held in memory, however long the audio. Completes
   * when all of it is written.
   *
   * <p>The audio is written to a temporary file beside the target and moved into place only when
   * the stream ended with its done event: when it fails or is cancelled, the target is left as it
   * was and the temporary file deleted.
   *
   * @param request the text, the voice and the audio format
   * @param target the file to write; its directory must exist
   * @return completes once {@code target} holds the whole audio
   */
  Mono<Void> createTo(SpeechRequest request, Path target);
}
