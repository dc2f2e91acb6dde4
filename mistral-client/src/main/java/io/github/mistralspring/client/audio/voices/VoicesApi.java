package io.github.mistralspring.client.audio.voices;

import io.github.mistralspring.client.core.WithOptions;
import io.github.mistralspring.client.paging.Page;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** Voices for speech ({@code /v1/audio/voices}), blocking. */
public interface VoicesApi extends WithOptions<VoicesApi> {

  /** Lists the first page of voices, of the API's default size (10). */
  Page<Voice> list();

  /** Lists one page of voices; null for the API's defaults (10 voices, from the first). */
  Page<Voice> list(@Nullable Integer limit, @Nullable Integer offset);

  /** Lists one page of voices: at most {@code limit}, after skipping {@code offset}. */
  Page<Voice> list(int limit, int offset);

  /**
   * Returns every voice; each page is fetched only when the stream reaches it, starting where the
   * voices received so far end.
   */
  Stream<Voice> listAll();

  /** Creates a voice from a sample and returns it. */
  Voice create(VoiceCreateRequest request);

  /** Describes one voice. */
  Voice retrieve(String voiceId);

  /** Changes a voice's details and returns the voice as it now is. */
  Voice update(String voiceId, VoiceUpdateRequest change);

  /** Deletes a voice of one's own and returns it as it was. */
  Voice delete(String voiceId);

  /**
   * Opens a voice's sample as a stream that reads it as it arrives. Close the stream (use
   * try-with-resources): closing it early closes the connection. A failed download throws the
   * client's exception for it, such as {@code MistralNotFoundException}.
   */
  InputStream downloadSample(String voiceId);

  /**
   * Writes a voice's sample to {@code target}, created or replaced, and returns the target; a
   * failed download leaves the target as it was.
   */
  Path downloadSampleTo(String voiceId, Path target);
}
