package io.github.mistralspring.client.audio.transcriptions;

import io.github.mistralspring.client.core.MistralOperation;
import io.github.mistralspring.client.core.WithOptions;
import java.nio.file.Path;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Audio transcriptions ({@code POST /v1/audio/transcriptions}), whole or streamed, as {@link Mono}
 * and {@link Flux}.
 *
 * <p>The audio is sent as {@code multipart/form-data}, streamed from its file or stream, never held
 * in memory whole. A transcription creates nothing on the server, so a failed one is retried after
 * it was sent, as completions are; audio read from an {@code InputStream} is the exception: it can
 * be sent only once, so once anything of it was sent a failure is passed on as it is.
 */
public interface ReactiveTranscriptionsApi extends WithOptions<ReactiveTranscriptionsApi> {

  /** Transcribes audio; stateless, so safe to retry. */
  MistralOperation CREATE =
      MistralOperation.statelessPost("audio.transcriptions", "/v1/audio/transcriptions");

  /** Transcribes audio as a stream of events; stateless, retried until the first event. */
  MistralOperation STREAM =
      MistralOperation.statelessStream("audio.transcriptions.stream", "/v1/audio/transcriptions");

  /**
   * Transcribes the audio and emits the transcription.
   *
   * @param request the audio (a file, a URL or an uploaded file's id), the model and the options
   * @return the transcript, its language, the segments asked for and the usage
   */
  Mono<TranscriptionResponse> create(TranscriptionRequest request);

  /**
   * Transcribes the audio file at a path with the client's default transcription model and emits
   * the transcript's text.
   *
   * @param audio the audio file to transcribe, read as it is sent
   * @return the transcript's text
   */
  Mono<String> transcribe(Path audio);

  /**
   * Transcribes the audio and emits its events as they come: the language, pieces of text, segments
   * when asked for, and last the {@code transcription.done} event with the whole transcription and
   * its usage. A stream that ends without its done event fails with a {@link
   * io.github.mistralspring.client.error.MistralStreamException}, as does an error the server
   * reports inside it; cancelling closes the connection.
   *
   * @param request the audio (a file, a URL or an uploaded file's id), the model and the options
   * @return the events as they arrive, the done event last
   */
  Flux<TranscriptionStreamEvent> stream(TranscriptionRequest request);

  /**
   * Streams the transcription and emits it folded into one response when the stream ends.
   *
   * @param request the audio (a file, a URL or an uploaded file's id), the model and the options
   * @return the transcription as one response, as {@link #create} would give it
   */
  Mono<TranscriptionResponse> streamAndAccumulate(TranscriptionRequest request);
}
