package io.github.mistralspring.client.batch;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of one request of a batch, read from a line of the job's output or error file.
 *
 * @param id the id the API gave the line; absent when the line has none
 * @param customId the caller's id of the request; absent when the line has none
 * @param statusCode the HTTP status the request got; absent when it got no response
 * @param body the response body, typed; present only when the status was 2xx
 * @param error what went wrong, when something did: the line's {@code error}, or the response body
 *     of a non-2xx status (as maps, lists and scalars); absent when the request succeeded
 * @param <T> the type the bodies of 2xx responses are read as ({@code ChatCompletionResponse})
 */
public record BatchResult<T>(
    @Nullable String id,
    @Nullable String customId,
    @Nullable Integer statusCode,
    @Nullable T body,
    @Nullable Object error) {

  /**
   * Whether the request got a 2xx response.
   *
   * @return true when the status was 2xx and the line reports no error; read {@link #body()} then
   */
  public boolean isSuccess() {
    return statusCode != null && statusCode >= 200 && statusCode < 300 && error == null;
  }
}
