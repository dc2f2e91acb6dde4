package io.github.mistralspring.client.audio.voices;

import io.github.mistralspring.client.core.WithOptions;
import io.github.mistralspring.client.paging.Page;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** Voices for speech ({@code /v1/audio/voices}), blocking. */
public interface VoicesApi extends WithOptions<VoicesApi> {

  /**
   * Lists the first page of voices, of the API's default size (10).
   *
   * @return the first page of voices, presets and one's own
   */
  Page<Voice> list();

  /**
   * Lists one page of voices; null for the API's defaults (10 voices, from the first).
   *
   * @param limit the most voices on the page; null for the API's default (10)
   * @param offset how many voices to skip; null to start from the first
   * @return the page of voices
   */
  Page<Voice> list(@Nullable Integer limit, @Nullable Integer offset);

  /**
   * Lists one page of voices: at most {@code limit}, after skipping {@code offset}.
   *
   * @param limit the most voices on the page
   * @param offset how many voices to skip
   * @return the page of voices
   */
  Page<Voice> list(int limit, int offset);

  /**
   * Returns every voice; each page is fetched only when the stream reaches it, starting where the
   * voices received so far end.
   *
   * @return every voice, page after page; a failed page fetch throws from the stream
   */
  Stream<Voice> listAll();

  /**
   * Creates a voice from a sample and returns it.
   *
   * @param request the voice's name and details, and its sample
   * @return the voice as created; its id is what speech requests take as {@code voice_id}
   */
  Voice create(VoiceCreateRequest request);

  /**
   * Describes one voice.
   *
   * @param voiceId the voice's id ({@link Voice#id()})
   * @return the voice's details
   */
  Voice retrieve(String voiceId);

  /**
   * Changes a voice's details and returns the voice as it now is.
   *
   * @param voiceId the voice's id ({@link Voice#id()})
   * @param change the details to change; what it leaves unset stays as it is
   * @return the voice as it now is
   */
  Voice update(String voiceId, VoiceUpdateRequest change);

  /**
   * Deletes a voice of one's own and returns it as it was.
   *
   * @param voiceId the voice's id ({@link Voice#id()})
   * @return the voice as it was before the delete
   */
  Voice delete(String voiceId);

  /**
   * Opens a voice's sample as a stream that reads it as it arrives. Close the stream (use
   * try-with-resources): closing it early closes the connection. A failed download throws the
   * client's exception for it, such as {@code MistralNotFoundException}.
   *
   * @param voiceId the voice's id ({@link Voice#id()})
   * @return the sample's audio, to read and close
   */
  InputStream downloadSample(String voiceId);

  /**
   * Writes a voice's sample to {@code target}, created or replaced, and returns the target; a
   * failed download leaves the target as it was.
   *
   * @param voiceId the voice's id ({@link Voice#id()})
   * @param target the file to write; its directory must exist
   * @return {@code target}, holding the whole sample
   */
  Path downloadSampleTo(String voiceId, Path target);
}
