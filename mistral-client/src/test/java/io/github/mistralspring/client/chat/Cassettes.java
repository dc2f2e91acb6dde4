package io.github.mistralspring.client.chat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Reads the chat interactions with api.mistral.ai from the recorded cassettes. */
final class Cassettes {

  /** One recorded request and its response. */
  record Interaction(
      String cassette,
      String uri,
      JsonNode requestBody,
      int status,
      JsonNode responseBody,
      String rawResponseBody) {

    boolean streamed() {
      return uri.endsWith("#stream");
    }

    String name() {
      return cassette + " " + uri;
    }
  }

  private static final YAMLMapper YAML = YAMLMapper.builder().build();

  private Cassettes() {}

  /** The repository's {@code spec/} directory; see {@code spec/README.md}. */
  static Path specDir() {
    return Path.of(System.getProperty("mistral.spec.dir", "../spec"));
  }

  static List<Interaction> chatInteractions() {
    Path dir = specDir().resolve("fixtures/recorded/pydantic-ai");
    List<Interaction> result = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
        JsonNode cassette = YAML.readTree(file.toFile());
        for (JsonNode interaction : cassette.path("interactions")) {
          String uri = interaction.path("request").path("uri").asString();
          URI parsed = URI.create(uri);
          if (!"api.mistral.ai".equals(parsed.getHost())
              || !parsed.getPath().equals("/v1/chat/completions")) {
            continue;
          }
          JsonNode response = interaction.path("response");
          result.add(
              new Interaction(
                  file.getFileName().toString(),
                  uri,
                  interaction.path("request").get("parsed_body"),
                  response.path("status").path("code").asInt(),
                  response.get("parsed_body"),
                  response.path("body").path("string").asString(null)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return result;
  }
}
