package io.github.mistralspring.client.internal.groups;

import io.github.mistralspring.client.audio.voices.ReactiveVoicesApi;
import io.github.mistralspring.client.audio.voices.Voice;
import io.github.mistralspring.client.audio.voices.VoiceCreateRequest;
import io.github.mistralspring.client.audio.voices.VoiceUpdateRequest;
import io.github.mistralspring.client.audio.voices.VoicesApi;
import io.github.mistralspring.client.core.RequestOptions;
import io.github.mistralspring.client.internal.Blocking;
import io.github.mistralspring.client.internal.DataBufferInputStream;
import io.github.mistralspring.client.paging.Page;
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

/** The implementation of {@link VoicesApi}; the clients create it. */
public final class DefaultVoicesApi implements VoicesApi {

  /** Creates the blocking face over the reactive group. */
  public DefaultVoicesApi(ReactiveVoicesApi reactive) {
    this.reactive = reactive;
  }

  /** How many buffers the sample stream asks for ahead of the reader. */
  private static final int DOWNLOAD_DEMAND = 16;

  private final ReactiveVoicesApi reactive;

  @Override
  public Page<Voice> list() {
    return Blocking.await(reactive.list());
  }

  @Override
  public Page<Voice> list(@Nullable Integer limit, @Nullable Integer offset) {
    return Blocking.await(reactive.list(limit, offset));
  }

  @Override
  public Page<Voice> list(int limit, int offset) {
    return Blocking.await(reactive.list(limit, offset));
  }

  @Override
  public Stream<Voice> listAll() {
    Iterator<Voice> voices =
        new Iterator<>() {
          private int offset;
          private Iterator<Voice> page = Collections.emptyIterator();
          private boolean last;

          @Override
          public boolean hasNext() {
            while (!page.hasNext() && !last) {
              Page<Voice> fetched =
                  Blocking.await(
                      reactive.list(DefaultReactiveVoicesApi.LIST_ALL_PAGE_SIZE, offset));
              offset += fetched.data().size();
              last = DefaultReactiveVoicesApi.isLast(fetched, offset);
              page = fetched.data().iterator();
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

  @Override
  public Voice create(VoiceCreateRequest request) {
    return Blocking.await(reactive.create(request));
  }

  @Override
  public Voice retrieve(String voiceId) {
    return Blocking.await(reactive.retrieve(voiceId));
  }

  @Override
  public Voice update(String voiceId, VoiceUpdateRequest change) {
    return Blocking.await(reactive.update(voiceId, change));
  }

  @Override
  public Voice delete(String voiceId) {
    return Blocking.await(reactive.delete(voiceId));
  }

  @Override
  public InputStream downloadSample(String voiceId) {
    return DataBufferInputStream.of(reactive.downloadSample(voiceId), DOWNLOAD_DEMAND);
  }

  @Override
  public Path downloadSampleTo(String voiceId, Path target) {
    Blocking.await(reactive.downloadSampleTo(voiceId, target));
    return target;
  }

  @Override
  public VoicesApi withOptions(RequestOptions options) {
    return new DefaultVoicesApi(reactive.withOptions(options));
  }
}
