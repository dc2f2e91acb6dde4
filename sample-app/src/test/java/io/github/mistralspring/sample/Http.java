package io.github.mistralspring.sample;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls the running sample application over HTTP, as a browser or curl would. */
final class Http {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final HttpClient client = HttpClient.newHttpClient();
  private final int port;

  Http(int port) {
    this.port = port;
  }

  HttpResponse<String> get(String path) throws Exception {
    return client.send(
        HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(20)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> getEvents(String path) throws Exception {
    return client.send(
        HttpRequest.newBuilder(uri(path))
            .header("Accept", "text/event-stream")
            .timeout(Duration.ofSeconds(20))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Reads an event stream line by line, as the lines arrive. */
  Stream<String> streamEvents(String path) throws Exception {
    return client
        .send(
            HttpRequest.newBuilder(uri(path))
                .header("Accept", "text/event-stream")
                .timeout(Duration.ofSeconds(20))
                .build(),
            HttpResponse.BodyHandlers.ofLines())
        .body();
  }

  HttpResponse<String> post(String path, String json) throws Exception {
    return client.send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/json")
            .timeout(Duration.ofSeconds(20))
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /**
   * Posts a multipart form: the file part {@code file} under this name (none when {@code content}
   * is null), and the text fields given as name, value pairs.
   */
  HttpResponse<String> postMultipart(String path, String filename, byte[] content, String... fields)
      throws Exception {
    String boundary = "sample-boundary-7f3a";
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (int i = 0; i + 1 < fields.length; i += 2) {
      body.writeBytes(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\""
                  + fields[i]
                  + "\"\r\n\r\n"
                  + fields[i + 1]
                  + "\r\n")
              .getBytes(StandardCharsets.UTF_8));
    }
    if (content != null) {
      body.writeBytes(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                  + filename
                  + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
              .getBytes(StandardCharsets.UTF_8));
      body.writeBytes(content);
      body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return client.send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .header("Accept", "application/json")
            .timeout(Duration.ofSeconds(20))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static JsonNode json(HttpResponse<String> response) {
    return JSON.readTree(response.body());
  }

  static JsonNode json(String text) {
    return JSON.readTree(text);
  }

  /** Splits a server-sent event stream into (name, data) pairs; a nameless event is "message". */
  static List<String[]> events(String body) {
    List<String[]> events = new ArrayList<>();
    for (String block : body.replace("\r\n", "\n").split("\n\n")) {
      String name = "message";
      StringBuilder data = new StringBuilder();
      for (String line : block.split("\n")) {
        if (line.startsWith("event:")) {
          name = line.substring("event:".length()).strip();
        } else if (line.startsWith("data:")) {
          String value = line.substring("data:".length());
          if (data.length() > 0) {
            data.append('\n');
          }
          data.append(value.startsWith(" ") ? value.substring(1) : value);
        }
      }
      if (data.length() > 0 || !name.equals("message")) {
        events.add(new String[] {name, data.toString()});
      }
    }
    return events;
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }
}
