package io.github.mistralspring.client.audio.speech;

import io.github.mistralspring.client.internal.Blocking;
import io.github.mistralspring.client.internal.BlockingStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Objects;
import java.util.stream.Stream;

/** Speech from text ({@code POST /v1/audio/speech}), blocking. */
public final class SpeechApi {

  private final ReactiveSpeechApi reactive;

  /** Creates the blocking face over the reactive API group. */
  public SpeechApi(ReactiveSpeechApi reactive) {
    this.reactive = reactive;
  }

  /**
   * Generates the speech and returns it whole ({@link SpeechResponse#audio()} decodes it); the
   * whole audio is held in memory. For long texts, prefer {@link #createTo(SpeechRequest, Path)}.
   */
  public SpeechResponse create(SpeechRequest request) {
    return Blocking.await(reactive.create(request));
  }

  /**
   * Generates the speech and returns its events as they come, {@code speech.audio.done} last. Close
   * the stream (use try-with-resources): closing it early closes the connection.
   */
  public Stream<SpeechStreamEvent> stream(SpeechRequest request) {
    return BlockingStream.of(reactive.stream(request));
  }

  /**
   * Generates the speech and writes its audio to {@code target}, created or replaced, as it
   * arrives; returns the target. The audio goes to a temporary file beside the target, moved into
   * place only once all of it arrived: when the stream fails, the target is left as it was.
   */
  public Path createTo(SpeechRequest request, Path target) {
    Blocking.await(reactive.createTo(request, target));
    return target;
  }

  /**
   * Generates the speech and writes its audio to {@code out} as it arrives, piece by piece; returns
   * how many bytes were written. The stream is neither flushed nor closed: that is the caller's.
   * When the speech fails part way, what was written stays written and the failure is thrown.
   *
   * @throws UncheckedIOException when writing to {@code out} fails; the speech is then cancelled
   */
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
}
