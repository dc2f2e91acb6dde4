package io.github.mistralspring.client.internal;

import io.github.mistralspring.client.core.MistralResponse;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.context.ContextView;

/**
 * Where a call started by {@code withRawResponse(..)} keeps the head of its response: the one
 * mechanism behind raw responses, for every operation of every group. The reactive face carries the
 * capture in the subscription's context; the blocking face sets it on the calling thread, and
 * {@link Blocking} moves it into the context of the call it waits on.
 */
public final class ResponseCapture {

  private static final String KEY = ResponseCapture.class.getName();

  private static final ThreadLocal<ResponseCapture> CURRENT = new ThreadLocal<>();

  private volatile int status;
  private volatile Map<String, List<String>> headers;

  private ResponseCapture() {}

  /** The call's value with its response's head; the call runs when the result is subscribed. */
  public static <T> Mono<MistralResponse<T>> reactive(Mono<T> call) {
    return Mono.defer(
        () -> {
          ResponseCapture capture = new ResponseCapture();
          return call.contextWrite(context -> context.put(KEY, capture)).map(capture::response);
        });
  }

  /** Runs a blocking call on this thread and returns its value with its response's head. */
  public static <T> MistralResponse<T> blocking(Supplier<T> call) {
    ResponseCapture capture = new ResponseCapture();
    ResponseCapture outer = CURRENT.get();
    CURRENT.set(capture);
    try {
      return capture.response(call.get());
    } finally {
      if (outer == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(outer);
      }
    }
  }

  /** The call with the calling thread's capture, if a blocking {@code withRawResponse} runs. */
  static <T> Mono<T> onThread(Mono<T> call) {
    ResponseCapture capture = CURRENT.get();
    return capture == null ? call : call.contextWrite(context -> context.put(KEY, capture));
  }

  /** The streaming call with the calling thread's capture, as {@link #onThread(Mono)}. */
  static <T> Flux<T> onThread(Flux<T> call) {
    ResponseCapture capture = CURRENT.get();
    return capture == null ? call : call.contextWrite(context -> context.put(KEY, capture));
  }

  /**
   * The capture of the blocking {@code withRawResponse} running on this thread, or null: for a
   * blocking stream, which then waits for its response's head before it is returned, and for a
   * value that makes its calls later (a lazy listing), to make them under the capture it was made
   * in ({@link #under}).
   */
  static @Nullable ResponseCapture current() {
    return CURRENT.get();
  }

  /**
   * Runs a step of a blocking call on this thread under the capture the call was made in (none for
   * null), whatever {@code withRawResponse} runs on the thread now: the responses of a lazy listing
   * read later go to the call that made it, never to another.
   */
  static <T> T under(@Nullable ResponseCapture capture, Supplier<T> step) {
    ResponseCapture outer = CURRENT.get();
    if (outer == capture) {
      return step.get();
    }
    set(capture);
    try {
      return step.get();
    } finally {
      set(outer);
    }
  }

  private static void set(@Nullable ResponseCapture capture) {
    if (capture == null) {
      CURRENT.remove();
    } else {
      CURRENT.set(capture);
    }
  }

  /** The capture of a subscription, or null when its caller asked for no raw response. */
  static @Nullable ResponseCapture in(ContextView context) {
    return context.getOrDefault(KEY, null);
  }

  /** Keeps a response's head; a later response of the same call (a retry) replaces it. */
  void record(ResponseHead head) {
    headers = head.toMap();
    status = head.status();
  }

  private <T> MistralResponse<T> response(T value) {
    Map<String, List<String>> seen = headers;
    if (seen == null) {
      throw new IllegalStateException(
          "withRawResponse(..) got a value but no response: pass it a call of this client, such as"
              + " () -> mistral.chat().complete(request)");
    }
    return new MistralResponse<>(status, seen, value);
  }
}
