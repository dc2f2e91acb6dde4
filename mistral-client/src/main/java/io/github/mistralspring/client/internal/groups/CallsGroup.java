package io.github.mistralspring.client.internal.groups;

import io.github.mistralspring.client.core.RequestOptions;
import io.github.mistralspring.client.internal.Calls;
import java.util.Objects;
import java.util.function.Function;

/**
 * What every reactive group holds: the client's calls, and how to make the group's view with more
 * per-call options, so that {@code withOptions(..)} is written once and adds to the options the
 * group already has.
 *
 * @param <G> the group's own interface
 */
abstract class CallsGroup<G> {

  /** The calls the group makes, with the per-call options of its view. */
  final Calls calls;

  private final Function<Calls, G> view;

  /**
   * @param calls the calls the group makes
   * @param view makes the same group on other calls
   */
  CallsGroup(Calls calls, Function<Calls, G> view) {
    this.calls = Objects.requireNonNull(calls, "calls");
    this.view = view;
  }

  /**
   * This group with more per-call options.
   *
   * @param options added to the options the group has
   * @return a view of the group whose calls carry both
   */
  public final G withOptions(RequestOptions options) {
    return view.apply(calls.with(Objects.requireNonNull(options, "options")));
  }
}
