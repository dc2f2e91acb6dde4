package io.github.mistralspring.client.audio.voices;

import io.github.mistralspring.client.core.MistralOperation;
import io.github.mistralspring.client.core.WithOptions;
import io.github.mistralspring.client.paging.Page;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Voices for speech ({@code /v1/audio/voices}): list, create, describe, update and delete them, and
 * download a voice's sample, as {@link Mono} and {@link Flux}.
 *
 * <p>Creating and updating a voice change state, so neither is retried once the request was sent.
 */
public interface ReactiveVoicesApi extends WithOptions<ReactiveVoicesApi> {

  /** Lists voices, a page at a time. */
  MistralOperation LIST = MistralOperation.get("audio.voices.list", "/v1/audio/voices");

  /** Creates a voice from a sample; changes state, so never retried once sent. */
  MistralOperation CREATE =
      MistralOperation.statefulPost("audio.voices.create", "/v1/audio/voices");

  /** Describes one voice. */
  MistralOperation RETRIEVE =
      MistralOperation.get("audio.voices.retrieve", "/v1/audio/voices/{voice_id}");

  /** Changes a voice's details; changes state, so never retried once sent. */
  MistralOperation UPDATE =
      new MistralOperation(
          "audio.voices.update", "PATCH", "/v1/audio/voices/{voice_id}", false, false);

  /** Deletes a voice of one's own. */
  MistralOperation DELETE =
      MistralOperation.delete("audio.voices.delete", "/v1/audio/voices/{voice_id}");

  /** Downloads a voice's sample. */
  MistralOperation SAMPLE =
      MistralOperation.get("audio.voices.sample", "/v1/audio/voices/{voice_id}/sample");

  /**
   * Lists the first page of voices, of the API's default size (10).
   *
   * @return the first page of voices, presets and one's own
   */
  Mono<Page<Voice>> list();

  /**
   * Lists one page of voices.
   *
   * @param limit the most voices on the page; null for the API's default (10)
   * @param offset how many voices to skip; null to start from the first
   * @return the page of voices
   */
  Mono<Page<Voice>> list(@Nullable Integer limit, @Nullable Integer offset);

  /**
   * Lists one page of voices: at most {@code limit}, after skipping {@code offset}.
   *
   * @param limit the most voices on the page
   * @param offset how many voices to skip
   * @return the page of voices
   */
  Mono<Page<Voice>> list(int limit, int offset);

  /**
   * Emits every voice, fetching each next page only when the previous one has been consumed;
   * cancelling stops the fetching. Each page starts where the voices received so far end, so a
   * server that returns fewer voices than asked for skips none; the listing ends at an empty page
   * or when the total the server reports is reached.
   *
   * @return every voice, page after page
   */
  Flux<Voice> listAll();

  /**
   * Creates a voice from a sample and emits it; the sample is read (off the event loop) and sent
   * base64-encoded, as the API takes it.
   *
   * @param request the voice's name and details, and its sample
   * @return the voice as created; its id is what speech requests take as {@code voice_id}
   */
  Mono<Voice> create(VoiceCreateRequest request);

  /**
   * Describes one voice.
   *
   * @param voiceId the voice's id ({@link Voice#id()})
   * @return the voice's details
   */
  Mono<Voice> retrieve(String voiceId);

  /**
   * Changes a voice's details (only those the change sets) and emits the voice as it now is.
   *
   * @param voiceId the voice's id ({@link Voice#id()})
   * @param change the details to change; what it leaves unset stays as it is
   * @return the voice as it now is
   */
  Mono<Voice> update(String voiceId, VoiceUpdateRequest change);

  /**
   * Deletes a voice of one's own and emits it as it was.
   *
   * @param voiceId the voice's id ({@link Voice#id()})
   * @return the voice as it was before the delete
   */
  Mono<Voice> delete(String voiceId);

  /**
   * Streams a voice's sample (audio, such as WAV) as it arrives. The subscriber must release each
   * buffer ({@link DataBufferUtils#release}); cancelling closes the connection.
   *
   * @param voiceId the voice's id ({@link Voice#id()})
   * @return the sample's audio, buffer after buffer as it arrives
   */
  Flux<DataBuffer> downloadSample(String voiceId);

  /**
   * Writes a voice's sample into a file at {@code target}, created or replaced, and completes when
   * all of it is written. The sample goes to a temporary file beside the target, moved into place
   * only once all of it arrived: a failed download leaves the target as it was.
   *
   * @param voiceId the voice's id ({@link Voice#id()})
   * @param target the file to write; its directory must exist
   * @return completes once {@code target} holds the whole sample
   */
  Mono<Void> downloadSampleTo(String voiceId, Path target);
}
