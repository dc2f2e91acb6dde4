package io.github.mistralspring.client.internal;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The status and headers of a response, as either HTTP path read them: what the transport decides
 * on before it reads the body.
 */
interface ResponseHead {

  /** The HTTP status code. */
  int status();

  /** The first value of a header (names are case-insensitive), or null when absent. */
  @Nullable String header(String name);

  /** Every value of a header, in order; empty when absent. */
  List<String> headers(String name);

  /** All headers with lower-case names, for exceptions that keep them. */
  Map<String, List<String>> toMap();
}
