package io.github.mistralspring.benchmarks.core;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The stub server's counters ({@code GET /stats}): requests served, its process CPU time, and the
 * slow streams it holds open.
 */
record StubStats(long requests, long cpuNanos, long openSlowStreams) {

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  /** Lets every slow stream the stub holds finish ({@code POST /release}). */
  static void releaseSlowStreams(String baseUrl) {
    try {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(baseUrl + "/release"))
              .timeout(Duration.ofSeconds(5))
              .POST(HttpRequest.BodyPublishers.noBody())
              .build();
      HTTP.send(request, HttpResponse.BodyHandlers.discarding());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (java.io.IOException e) {
      throw new IllegalStateException("The stub at " + baseUrl + " did not answer /release", e);
    }
  }

  static StubStats fetch(String baseUrl) {
    try {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(baseUrl + "/stats"))
              .timeout(Duration.ofSeconds(5))
              .GET()
              .build();
      String[] fields = HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body().split(" ");
      return new StubStats(
          Long.parseLong(fields[0].trim()),
          Long.parseLong(fields[1].trim()),
          Long.parseLong(fields[2].trim()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (java.io.IOException e) {
      throw new IllegalStateException("The stub at " + baseUrl + " did not answer /stats", e);
    }
  }
}
