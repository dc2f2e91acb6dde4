package io.github.mistralspring.client.audio.voices;

import io.github.mistralspring.client.internal.Blocking;
import io.github.mistralspring.client.internal.DataBufferInputStream;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/** Voices for speech ({@code /v1/audio/voices}), blocking. */
public final class VoicesApi {

  /** How many buffers the sample stream asks for ahead of the reader. */
  private static final int DOWNLOAD_DEMAND = 16;

  private final ReactiveVoicesApi reactive;

  /** Creates the blocking face over the reactive API group. */
  public VoicesApi(ReactiveVoicesApi reactive) {
    this.reactive = reactive;
  }

  /** Lists the first page of voices, of the API's default size (10). */
  public VoiceList list() {
    return Blocking.await(reactive.list());
  }

  /** Lists one page of voices; null for the API's defaults (10 voices, from the first). */
  public VoiceList list(@Nullable Integer limit, @Nullable Integer offset) {
    return Blocking.await(reactive.list(limit, offset));
  }

  /** Lists one page of voices: at most {@code limit}, after skipping {@code offset}. */
  public VoiceList list(int limit, int offset) {
    return Blocking.await(reactive.list(limit, offset));
  }

  /**
   * Returns every voice; each page is fetched only when the stream reaches it, starting where the
   * voices received so far end.
   */
  public Stream<Voice> listAll() {
    Iterator<Voice> voices =
        new Iterator<>() {
          private int offset;
          private Iterator<Voice> page = Collections.emptyIterator();
          private boolean last;

          @Override
          public boolean hasNext() {
            while (!page.hasNext() && !last) {
              VoiceList fetched =
                  Blocking.await(reactive.list(ReactiveVoicesApi.LIST_ALL_PAGE_SIZE, offset));
              offset += fetched.items().size();
              last = ReactiveVoicesApi.isLast(fetched, offset);
              page = fetched.items().iterator();
            }
            return page.hasNext();
          }

          @Override
          public Voice next() {
            if (!hasNext()) {
              throw new NoSuchElementException("No more voices");
            }
            return page.next();
          }
        };
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(voices, Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }

  /** Creates a voice from a sample and returns it. */
  public Voice create(VoiceCreateRequest request) {
    return Blocking.await(reactive.create(request));
  }

  /** Describes one voice. */
  public Voice retrieve(String voiceId) {
    return Blocking.await(reactive.retrieve(voiceId));
  }

  /** Changes a voice's details and returns the voice as it now is. */
  public Voice update(String voiceId, VoiceUpdateRequest change) {
    return Blocking.await(reactive.update(voiceId, change));
  }

  /** Deletes a voice of one's own and returns it as it was. */
  public Voice delete(String voiceId) {
    return Blocking.await(reactive.delete(voiceId));
  }

  /**
   * Opens a voice's sample as a stream that reads it as it arrives. Close the stream (use
   * try-with-resources): closing it early closes the connection. A failed download throws the
   * client's exception for it, such as {@code MistralNotFoundException}.
   */
  public InputStream downloadSample(String voiceId) {
    return DataBufferInputStream.of(reactive.downloadSample(voiceId), DOWNLOAD_DEMAND);
  }

  /**
   * Writes a voice's sample to {@code target}, created or replaced, and returns the target; a
   * failed download leaves the target as it was.
   */
  public Path downloadSampleTo(String voiceId, Path target) {
    Blocking.await(reactive.downloadSampleTo(voiceId, target));
    return target;
  }
}
