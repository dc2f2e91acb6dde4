package io.github.mistralspring.client.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mistralspring.client.json.MistralJson;
import org.junit.jupiter.api.Test;

/** Lists on what the API answers are never null: a JSON answer without the list reads as empty. */
class AbsentListsTest {

  @Test
  void aThinkingChunkWithoutItsChunksReadsAsNoThinking() {
    ThinkChunk chunk = MistralJson.mapper().readValue("{\"type\":\"thinking\"}", ThinkChunk.class);

    assertThat(chunk.thinking()).isEmpty();
    assertThat(chunk.text()).isEmpty();
  }

  @Test
  void aReferenceChunkWithoutIdsReadsAsNoIds() {
    ReferenceChunk chunk =
        MistralJson.mapper().readValue("{\"type\":\"reference\"}", ReferenceChunk.class);

    assertThat(chunk.referenceIds()).isEmpty();
  }
}
