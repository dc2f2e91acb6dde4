package io.github.mistralspring.client.finetuning;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mistralspring.client.json.MistralJson;
import org.junit.jupiter.api.Test;

/** A job event the API sends without data (the spec allows null) reads an empty map, never null. */
class JobEventJsonTest {

  @Test
  void absentDataReadsAsAnEmptyMap() {
    JobEvent event =
        MistralJson.mapper()
            .readValue("{\"name\":\"status-updated\",\"created_at\":1}", JobEvent.class);

    assertThat(event.data()).isNotNull().isEmpty();
  }

  @Test
  void nullDataReadsAsAnEmptyMap() {
    JobEvent event =
        MistralJson.mapper()
            .readValue(
                "{\"name\":\"status-updated\",\"data\":null,\"created_at\":1}", JobEvent.class);

    assertThat(event.data()).isNotNull().isEmpty();
  }
}
