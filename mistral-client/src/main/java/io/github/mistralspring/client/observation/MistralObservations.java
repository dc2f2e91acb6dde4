package io.github.mistralspring.client.observation;

import reactor.util.context.Context;
import reactor.util.context.ContextView;

/**
 * Marks calls that are not to be observed: no observation, so neither metrics nor a span. The
 * starter's health check lists the models this way, so that probes are not counted as GenAI {@code
 * models.list} operations; an application may do the same for its own housekeeping calls:
 *
 * <pre>{@code
 * client.models().list().contextWrite(MistralObservations.skip())
 * }</pre>
 *
 * The mark travels in the Reactor context of the subscription, so it covers the call it is written
 * on (its retries included) and nothing else.
 */
public final class MistralObservations {

  /** The key of the mark in a Reactor context. */
  public static final String SKIP_KEY = MistralObservations.class.getName() + ".skip";

  private static final Context SKIP = Context.of(SKIP_KEY, Boolean.TRUE);

  private MistralObservations() {}

  /**
   * The context to write on a call so that it is not observed.
   *
   * @return a Reactor context holding the mark, to pass to {@code contextWrite(..)}
   */
  public static ContextView skip() {
    return SKIP;
  }

  /**
   * Whether a call with this context is not to be observed.
   *
   * @param context the Reactor context of a subscription
   * @return true when the context carries the mark written by {@link #skip()}
   */
  public static boolean isSkipped(ContextView context) {
    return context.getOrDefault(SKIP_KEY, Boolean.FALSE);
  }
}
