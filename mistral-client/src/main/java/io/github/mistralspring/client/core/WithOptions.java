package io.github.mistralspring.client.core;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * An API group that gives a view of itself whose calls carry {@link RequestOptions}; every group of
 * both clients is one. The view has the same methods; the group it came from is unchanged.
 *
 * @param <G> the group's own interface
 */
public interface WithOptions<G> {

  /**
   * A view of this group whose calls carry these options on top of this group's own.
   *
   * @param options the options to add, such as a timeout or extra headers
   * @return a view of this group with the same methods; this group is unchanged
   */
  G withOptions(RequestOptions options);

  /**
   * A view of this group whose calls carry the options set by {@code options}: {@code
   * chat().withOptions(o -> o.timeout(Duration.ofMinutes(5)))}.
   *
   * @param options sets the options on a builder, such as {@code o -> o.header("X-Gateway", "eu")}
   * @return a view of this group with the same methods; this group is unchanged
   */
  default G withOptions(Consumer<RequestOptions.Builder> options) {
    Objects.requireNonNull(options, "options");
    RequestOptions.Builder builder = RequestOptions.builder();
    options.accept(builder);
    return withOptions(builder.build());
  }
}
