package io.github.mistralspring.client.internal;

import io.github.mistralspring.client.error.MistralException;
import io.github.mistralspring.client.error.MistralInterruptedException;
import io.github.mistralspring.client.error.MistralIoException;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.jspecify.annotations.Nullable;
import reactor.core.Exceptions;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * How every blocking face waits for its reactive call: the one place where a thread blocks on a
 * {@link Mono}, so that all blocking calls end the same way.
 *
 * <ul>
 *   <li>The call's own failure is thrown as it is (the client's exception types, or an argument
 *       error), never inside one of Reactor's wrappers; a checked exception that reaches this far
 *       is wrapped in a {@link MistralException}.
 *   <li>Interrupting the waiting thread cancels the call (closing its connection) and throws a
 *       {@link MistralInterruptedException} whose cause is the {@link InterruptedException}; the
 *       thread's interrupt flag stays set.
 *   <li>A thread that must not block (a Reactor Netty event loop) is refused with an {@link
 *       IllegalStateException}, rather than left to deadlock.
 * </ul>
 *
 * <p>The wait needs no bound of its own: every call ends by its own timeouts and its call timeout
 * (see {@code CallLimits}).
 */
public final class Blocking {

  private Blocking() {}

  /** Waits for the call's value (null when it completes empty). */
  public static <T> @Nullable T await(Mono<T> call) {
    if (Schedulers.isInNonBlockingThread()) {
      throw new IllegalStateException(
          "A blocking Mistral call was made on "
              + Thread.currentThread().getName()
              + ", a thread that must never block: use the ReactiveMistralClient there, or move"
              + " the call to another thread");
    }
    CompletableFuture<T> result = ResponseCapture.onThread(call).toFuture();
    try {
      return result.get();
    } catch (InterruptedException interrupted) {
      // Cancelling the future cancels the subscription, which closes the connection.
      result.cancel(false);
      Thread.currentThread().interrupt();
      throw new MistralInterruptedException(
          "The thread waiting for a Mistral call was interrupted: the call was cancelled",
          interrupted);
    } catch (ExecutionException failed) {
      throw rethrowable(failed.getCause());
    }
  }

  /**
   * The exception to throw for a call's failure on the waiting thread: the failure itself when it
   * is unchecked, with the waiting thread's stack added as a suppressed exception, so that both
   * where it failed and who waited show in the trace.
   */
  static RuntimeException rethrowable(Throwable failure) {
    Throwable cause = Exceptions.unwrap(failure);
    if (cause instanceof Error error) {
      throw error;
    }
    RuntimeException thrown;
    if (cause instanceof RuntimeException unchecked) {
      thrown = unchecked;
    } else if (cause instanceof InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      thrown =
          new MistralInterruptedException(
              "A Mistral call was interrupted: it was cancelled", interrupted);
    } else if (cause instanceof IOException io) {
      thrown = new MistralIoException("The connection failed: " + io.getMessage(), true, io);
    } else {
      thrown = new MistralException("The Mistral call failed: " + cause, cause);
    }
    thrown.addSuppressed(new WaitedHere(Thread.currentThread().getName()));
    return thrown;
  }

  /** Marks, in a stack trace, where a blocking caller waited for a call that failed. */
  private static final class WaitedHere extends Exception {

    private static final long serialVersionUID = 1L;

    WaitedHere(String thread) {
      super("Waited for on thread " + thread);
    }
  }
}
