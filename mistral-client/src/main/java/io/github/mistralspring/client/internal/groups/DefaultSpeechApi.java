package io.github.mistralspring.client.internal.groups;

import io.github.mistralspring.client.audio.speech.ReactiveSpeechApi;
import io.github.mistralspring.client.audio.speech.SpeechApi;
import io.github.mistralspring.client.audio.speech.SpeechRequest;
import io.github.mistralspring.client.audio.speech.SpeechResponse;
import io.github.mistralspring.client.audio.speech.SpeechStreamEvent;
import io.github.mistralspring.client.core.RequestOptions;
import io.github.mistralspring.client.internal.Blocking;
import io.github.mistralspring.client.internal.BlockingStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Objects;
import java.util.stream.Stream;

/** The implementation of {@link SpeechApi}; the clients create it. */
public final class DefaultSpeechApi implements SpeechApi {

  /** Creates the blocking face over the reactive group. */
  public DefaultSpeechApi(ReactiveSpeechApi reactive) {
    this.reactive = reactive;
  }

  private final ReactiveSpeechApi reactive;

  @Override
  public SpeechResponse create(SpeechRequest request) {
    return Blocking.await(reactive.create(request));
  }

  @Override
  public Stream<SpeechStreamEvent> stream(SpeechRequest request) {
    return BlockingStream.of(reactive.stream(request));
  }

  @Override
  public Path createTo(SpeechRequest request, Path target) {
    Blocking.await(reactive.createTo(request, target));
    return target;
  }

  @Override
  public long createTo(SpeechRequest request, OutputStream out) {
    Objects.requireNonNull(out, "out");
    long written = 0;
    try (Stream<byte[]> pieces = BlockingStream.of(reactive.streamAudio(request))) {
      Iterator<byte[]> audio = pieces.iterator();
      while (audio.hasNext()) {
        byte[] piece = audio.next();
        out.write(piece);
        written += piece.length;
      }
    } catch (IOException failure) {
      throw new UncheckedIOException(
          "Could not write the speech audio after " + written + " bytes", failure);
    }
    return written;
  }

  @Override
  public SpeechApi withOptions(RequestOptions options) {
    return new DefaultSpeechApi(reactive.withOptions(options));
  }
}
