package io.github.mistralspring.client.internal;

import io.github.mistralspring.client.error.MistralInterruptedException;
import java.util.Spliterator;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.util.concurrent.Queues;

/**
 * The blocking face of a streaming call: a {@link Stream} read on the caller's thread from a
 * bounded queue that a subscriber to the {@link Flux} fills, asking the flux for a bounded number
 * of values ahead of the reader.
 *
 * <p>How a read ends:
 *
 * <ul>
 *   <li>After the last value of a flux that completed: the stream ends.
 *   <li>After the values that came before a failure: the failure is thrown as it is (the client's
 *       exception for it).
 *   <li>When the stream is {@link Stream#close() closed}, from any thread, before the flux ended:
 *       the flux is cancelled (its connection closed) and a reader, blocked or not, is woken and
 *       gets a {@link CancellationException} saying that the stream was closed. Not a normal end,
 *       which would pass a cut answer off as whole, and not a {@code MistralException}, which would
 *       blame the API or the connection for what the application chose to do: {@code
 *       CancellationException} is Java's own word for work that was cancelled (as {@code
 *       Future.get()} throws), and is the {@link IllegalStateException} that using a closed {@code
 *       Stream} throws. A stream closed after its flux ended ends as the flux did.
 *   <li>When the reading thread is interrupted while it waits: the flux is cancelled and a {@link
 *       MistralInterruptedException} thrown, with the thread's interrupt flag kept.
 * </ul>
 *
 * <p>The values are handed over, asked for and waited for by a {@link BlockingHandoff}.
 */
public final class BlockingStream<T> implements Spliterator<T> {

  /** Values asked for ahead of the reader: as many as {@code Flux.toStream()} asks for. */
  static final int PREFETCH = Queues.SMALL_BUFFER_SIZE;

  private final BlockingHandoff<T> values =
      BlockingHandoff.of(PREFETCH, "A blocking Mistral stream", "stream");

  private BlockingStream() {}

  /**
   * Subscribes to {@code source} now (so the request is sent) and returns the stream that reads its
   * values; the stream must be closed. Inside a blocking {@code withRawResponse}, the stream is
   * returned once its response has come (its first value, its end or its failure, which is then
   * thrown), so that the response's head is known with it.
   */
  public static <T> Stream<T> of(Flux<T> source) {
    BlockingStream<T> stream = new BlockingStream<>();
    stream.values.start(source);
    return StreamSupport.stream(stream, false).onClose(stream.values::close);
  }

  @Override
  public boolean tryAdvance(Consumer<? super T> action) {
    T value = take();
    if (value == null) {
      return false;
    }
    action.accept(value);
    return true;
  }

  @Override
  public void forEachRemaining(Consumer<? super T> action) {
    for (T value = take(); value != null; value = take()) {
      action.accept(value);
    }
  }

  /** The next value, waiting for it; null at the end of a flux that completed. */
  private @Nullable T take() {
    while (true) {
      boolean terminated = values.isDone();
      if (values.isClosed() && !values.endedBeforeClose()) {
        throw new CancellationException(
            "The stream was closed before it ended: the rest of the answer was not received");
      }
      T value = values.poll();
      if (value != null) {
        values.consumed();
        return value;
      }
      if (terminated) {
        RuntimeException failure = values.failure();
        if (failure != null) {
          throw failure;
        }
        return null;
      }
      if (values.await()) {
        throw new MistralInterruptedException(
            "The thread reading a Mistral stream was interrupted: the stream was closed",
            new InterruptedException("interrupted while waiting for the next event"));
      }
    }
  }

  @Override
  public @Nullable Spliterator<T> trySplit() {
    return null;
  }

  @Override
  public long estimateSize() {
    return Long.MAX_VALUE;
  }

  @Override
  public int characteristics() {
    return ORDERED | NONNULL;
  }
}
