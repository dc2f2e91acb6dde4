package io.github.mistralspring.client.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mistralspring.client.json.MistralJson;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A tool reference keeps every field the specifications declare for it. */
class ToolReferenceChunkTest {

  private static final JsonMapper JSON = MistralJson.mapper();

  @Test
  void keepsTheDescriptionAndTheSourceAndWritesThemBack() {
    JsonNode json =
        JSON.readTree(
            """
            {"type": "tool_reference", "tool": "web_search", "title": "Météo",
             "url": "https://example.com/w", "favicon": "https://example.com/f.ico",
             "description": "Forecast for Paris", "source": "example.com"}
            """);

    ContentChunk chunk = JSON.treeToValue(json, ContentChunk.class);

    assertThat(chunk)
        .isEqualTo(
            new ToolReferenceChunk(
                "web_search",
                "Météo",
                "https://example.com/w",
                "https://example.com/f.ico",
                "Forecast for Paris",
                "example.com"));
    JsonNode written = JSON.valueToTree(chunk);
    assertThat(written).isEqualTo(json);
  }
}
