package io.github.mistralspring.test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Plain HTTP, for what a client hides: raw bodies, error shapes, headers, key-less signed URLs. */
final class HttpSupport {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  record Result(HttpResponse<String> response) {
    String body() {
      return response.body();
    }

    int status() {
      return response.statusCode();
    }

    JsonNode json() {
      return Json.parse(response.body());
    }

    String statusAndHeader(String name) {
      return response.statusCode() + " " + response.headers().firstValue(name).orElse("-");
    }
  }

  private HttpSupport() {}

  static Result get(String url, String key) {
    return send(HttpRequest.newBuilder(URI.create(url)).GET(), key);
  }

  static Result post(String url, String key, String json) {
    return send(
        HttpRequest.newBuilder(URI.create(url))
            .header("content-type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)),
        key);
  }

  static Result patch(String url, String key, String json) {
    return send(
        HttpRequest.newBuilder(URI.create(url))
            .header("content-type", "application/json")
            .method("PATCH", HttpRequest.BodyPublishers.ofString(json)),
        key);
  }

  static Result delete(String url, String key) {
    return send(HttpRequest.newBuilder(URI.create(url)).DELETE(), key);
  }

  static Result upload(String url, String key, String filename, String purpose, byte[] content) {
    String boundary = "----sim" + System.nanoTime();
    List<byte[]> parts = new ArrayList<>();
    parts.add(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"purpose\"\r\n\r\n"
                + purpose
                + "\r\n--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + filename
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    parts.add(content);
    parts.add(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return send(
        HttpRequest.newBuilder(URI.create(url))
            .header("content-type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArrays(parts)),
        key);
  }

  private static Result send(HttpRequest.Builder request, String key) {
    try {
      return new Result(
          HTTP.send(
              request.header("authorization", "Bearer " + key).build(),
              HttpResponse.BodyHandlers.ofString()));
    } catch (IOException failed) {
      throw new IllegalStateException(failed);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(interrupted);
    }
  }
}
