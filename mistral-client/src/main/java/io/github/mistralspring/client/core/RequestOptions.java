package io.github.mistralspring.client.core;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Options for the calls of one view of an API group, added to what the client was built with:
 * {@code mistral.chat().withOptions(o -> o.timeout(Duration.ofMinutes(5)).header("X-Gateway",
 * "eu"))}. A per-call {@link Builder#timeout(Duration) timeout} sets those calls' whole-call
 * deadline (the client's {@code callTimeout}), retries included; the client's other timeouts
 * (connect, write, response, stream idle) still apply. Extra {@link Builder#header(String, String)
 * headers} are sent beside the client's own, never instead of them.
 *
 * <p>Options are checked when they are built: a header the client owns ({@code Authorization},
 * {@code Content-Type}, {@code Content-Length}, {@code Accept}, {@code Accept-Encoding}, {@code
 * Host}, {@code Connection}, {@code Transfer-Encoding}, {@code User-Agent}), a blank name, or a
 * line break in a name or value throws {@link IllegalArgumentException}; so does a timeout that is
 * not positive.
 */
public final class RequestOptions {

  /** No options: calls run with the client's settings alone. */
  public static final RequestOptions NONE = new RequestOptions(null, Map.of());

  private static final Set<String> OWNED =
      Set.of(
          "authorization",
          "content-type",
          "content-length",
          "accept",
          "accept-encoding",
          "host",
          "connection",
          "transfer-encoding",
          "user-agent");

  private final @Nullable Duration timeout;
  private final Map<String, String> headers;

  private RequestOptions(@Nullable Duration timeout, Map<String, String> headers) {
    this.timeout = timeout;
    this.headers = headers;
  }

  /**
   * Starts options.
   *
   * @return a builder with no timeout and no headers
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The deadline of each whole call, retries included.
   *
   * @return the per-call deadline; absent when the calls keep the client's call timeout
   */
  public @Nullable Duration timeout() {
    return timeout;
  }

  /**
   * The extra headers, in the order they were added; never null.
   *
   * @return an unmodifiable map from header name to value
   */
  public Map<String, String> headers() {
    return headers;
  }

  /**
   * These options with {@code later} applied on top: its headers are added (a header set in both
   * takes {@code later}'s value), its timeout, when set, replaces this one.
   *
   * @param later the options to apply on top, such as a per-call view's own
   * @return the merged options; this instance itself when {@code later} is {@link #NONE}
   */
  public RequestOptions and(RequestOptions later) {
    Objects.requireNonNull(later, "later");
    if (later == NONE) {
      return this;
    }
    Map<String, String> merged = new LinkedHashMap<>(headers);
    merged.putAll(later.headers);
    return new RequestOptions(
        later.timeout != null ? later.timeout : timeout, Collections.unmodifiableMap(merged));
  }

  /** Describes the options; header values are left out, as they may be credentials. */
  @Override
  public String toString() {
    return "RequestOptions{timeout=" + timeout + ", headers=" + headers.keySet() + "}";
  }

  /** Builds {@link RequestOptions}; each method checks its argument when it is called. */
  public static final class Builder {

    private @Nullable Duration timeout;
    private final Map<String, String> headers = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets the deadline of each whole call, retries included, replacing the client's call timeout
     * ({@code mistral.call-timeout}, {@code callTimeout(..)} on the client builder) for these
     * calls.
     *
     * @param timeout the deadline of each whole call, positive, such as {@code
     *     Duration.ofMinutes(5)}
     * @return this builder
     * @throws IllegalArgumentException when the timeout is not positive
     */
    public Builder timeout(Duration timeout) {
      Objects.requireNonNull(timeout, "timeout");
      if (timeout.isZero() || timeout.isNegative()) {
        throw new IllegalArgumentException(
            "RequestOptions.timeout must be positive, such as Duration.ofMinutes(5); was "
                + timeout);
      }
      this.timeout = timeout;
      return this;
    }

    /**
     * Adds a header to every call, beside the client's own.
     *
     * @param name the header's name, such as {@code X-Gateway}; not one of the client's own headers
     * @param value the header's value, without line breaks
     * @return this builder
     * @throws IllegalArgumentException when the name is blank or one the client sets itself, or
     *     when the name or the value holds a line break
     */
    public Builder header(String name, String value) {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, "value");
      if (name.isBlank()) {
        throw new IllegalArgumentException("RequestOptions.header name must not be blank");
      }
      if (OWNED.contains(name.trim().toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException(
            "RequestOptions.header cannot set "
                + name
                + ": the client sets it itself (the key goes in mistral.api-key or apiKey(..) on"
                + " the builder); use another header name");
      }
      if (hasLineBreak(name) || hasLineBreak(value)) {
        throw new IllegalArgumentException(
            "RequestOptions.header " + name.strip() + " must not hold a line break (CR or LF)");
      }
      headers.put(name, value);
      return this;
    }

    /**
     * Builds the options.
     *
     * @return the options, independent of later changes to this builder
     */
    public RequestOptions build() {
      return new RequestOptions(timeout, Collections.unmodifiableMap(new LinkedHashMap<>(headers)));
    }

    private static boolean hasLineBreak(String text) {
      return text.indexOf('\r') >= 0 || text.indexOf('\n') >= 0;
    }
  }
}
