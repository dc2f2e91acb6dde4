package io.github.mistralspring.client.batch;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mistralspring.client.json.MistralJson;
import org.junit.jupiter.api.Test;

/**
 * A batch job the API sends without its optional lists and maps reads them as empty, never null.
 */
class BatchJobJsonTest {

  @Test
  void absentMetadataAndOutputsReadAsEmpty() {
    String json =
        "{\"id\":\"b1\",\"input_files\":[\"f1\"],\"endpoint\":\"/v1/chat/completions\","
            + "\"model\":\"mistral-small-latest\",\"errors\":[],\"status\":\"QUEUED\","
            + "\"created_at\":1,\"total_requests\":0,\"completed_requests\":0,"
            + "\"succeeded_requests\":0,\"failed_requests\":0}";

    BatchJob job = MistralJson.mapper().readValue(json, BatchJob.class);

    assertThat(job.metadata()).isNotNull().isEmpty();
    assertThat(job.outputs()).isNotNull().isEmpty();
    assertThat(job.startedAt()).isNull();
  }

  @Test
  void metadataWithANullValueReadsAsGiven() {
    String json =
        "{\"id\":\"b1\",\"input_files\":[],\"endpoint\":\"/v1/ocr\",\"errors\":[],"
            + "\"status\":\"QUEUED\",\"created_at\":1,\"total_requests\":0,"
            + "\"completed_requests\":0,\"succeeded_requests\":0,\"failed_requests\":0,"
            + "\"metadata\":{\"team\":\"search\",\"note\":null}}";

    BatchJob job = MistralJson.mapper().readValue(json, BatchJob.class);

    assertThat(job.metadata()).containsEntry("team", "search").containsEntry("note", null);
  }
}
