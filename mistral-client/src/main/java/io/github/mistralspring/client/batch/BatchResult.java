package io.github.mistralspring.client.batch;

/**
 * The outcome of one request of a batch, read from a line of the job's output or error file.
 *
 * @param id the id the API gave the line
 * @param customId the caller's id of the request
 * @param statusCode the HTTP status the request got, or null when it got no response
 * @param body the response body, typed, when the status was 2xx; else null
 * @param error what went wrong, when something did: the line's {@code error}, or the response body
 *     of a non-2xx status (as maps, lists and scalars)
 */
public record BatchResult<T>(String id, String customId, Integer statusCode, T body, Object error) {

  /** Whether the request got a 2xx response. */
  public boolean isSuccess() {
    return statusCode != null && statusCode >= 200 && statusCode < 300 && error == null;
  }
}
