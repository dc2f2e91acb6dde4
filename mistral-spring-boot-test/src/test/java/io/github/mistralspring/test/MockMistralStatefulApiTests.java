package io.github.mistralspring.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

@ExtendWith(MockMistralExtension.class)
class MockMistralStatefulApiTests {

  private static final String KEY = "k";

  @Test
  void listsAnUploadedFileAndServesItsContent(MockMistralServer mistral) {
    String base = mistral.baseUrl();
    byte[] content = "{\"messages\":[]}\n{\"messages\":[]}\n".getBytes(StandardCharsets.UTF_8);

    JsonNode uploaded =
        HttpSupport.upload(base + "/v1/files", KEY, "train.jsonl", "fine-tune", content).json();
    String id = uploaded.get("id").asString();

    assertThat(uploaded.get("bytes").asInt()).isEqualTo(content.length);
    assertThat(uploaded.get("num_lines").asInt()).isEqualTo(2);
    assertThat(uploaded.get("purpose").asString()).isEqualTo("fine-tune");
    assertThat(HttpSupport.get(base + "/v1/files", KEY).json().at("/data/0/id").asString())
        .isEqualTo(id);
    assertThat(HttpSupport.get(base + "/v1/files/" + id + "/content", KEY).body())
        .isEqualTo(new String(content, StandardCharsets.UTF_8));
    assertThat(HttpSupport.delete(base + "/v1/files/" + id, KEY).json().get("deleted").asBoolean())
        .isTrue();
    assertThat(HttpSupport.get(base + "/v1/files/" + id, KEY).status()).isEqualTo(404);
  }

  @Test
  void movesAFineTuningJobToSuccessOnePollAtATime(MockMistralServer mistral) {
    String base = mistral.baseUrl();
    String fileId =
        HttpSupport.upload(
                base + "/v1/files",
                KEY,
                "train.jsonl",
                "fine-tune",
                "{}\n".getBytes(StandardCharsets.UTF_8))
            .json()
            .get("id")
            .asString();
    JsonNode job =
        HttpSupport.post(
                base + "/v1/fine_tuning/jobs",
                KEY,
                "{\"model\":\"open-mistral-nemo\",\"training_files\":[{\"file_id\":\""
                    + fileId
                    + "\"}],\"hyperparameters\":{\"training_steps\":10}}")
            .json();
    List<String> statuses = new ArrayList<>(List.of(job.get("status").asString()));
    for (int poll = 0; poll < 3; poll++) {
      statuses.add(
          HttpSupport.get(base + "/v1/fine_tuning/jobs/" + job.get("id").asString(), KEY)
              .json()
              .get("status")
              .asString());
    }

    assertThat(statuses).containsExactly("QUEUED", "VALIDATING", "RUNNING", "SUCCESS");
    String model =
        HttpSupport.get(base + "/v1/fine_tuning/jobs/" + job.get("id").asString(), KEY)
            .json()
            .get("fine_tuned_model")
            .asString();
    assertThat(HttpSupport.get(base + "/v1/models/" + model, KEY).json().get("type").asString())
        .isEqualTo("fine-tuned");
  }

  @Test
  void answersEveryRequestOfABatchInItsOutputFile(MockMistralServer mistral) {
    String base = mistral.baseUrl();
    String line =
        "{\"custom_id\":\"%d\",\"body\":{\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}}\n";
    String fileId =
        HttpSupport.upload(
                base + "/v1/files",
                KEY,
                "batch.jsonl",
                "batch",
                (line.formatted(1) + line.formatted(2)).getBytes(StandardCharsets.UTF_8))
            .json()
            .get("id")
            .asString();
    String jobId =
        HttpSupport.post(
                base + "/v1/batch/jobs",
                KEY,
                "{\"input_files\":[\""
                    + fileId
                    + "\"],\"endpoint\":\"/v1/chat/completions\","
                    + "\"model\":\"mistral-small-latest\"}")
            .json()
            .get("id")
            .asString();

    HttpSupport.get(base + "/v1/batch/jobs/" + jobId, KEY);
    JsonNode done = HttpSupport.get(base + "/v1/batch/jobs/" + jobId, KEY).json();

    assertThat(done.get("status").asString()).isEqualTo("SUCCESS");
    assertThat(done.get("succeeded_requests").asInt()).isEqualTo(2);
    String output =
        HttpSupport.get(base + "/v1/files/" + done.get("output_file").asString() + "/content", KEY)
            .body();
    assertThat(output.lines()).hasSize(2).allMatch(l -> l.contains("\"status_code\":200"));
  }

  @Test
  void growsAConversationsHistoryAndStreamsItsEvents(MockMistralServer mistral) {
    String base = mistral.baseUrl();
    mistral.enqueue(MockResponse.answer("Paris."));
    JsonNode started =
        HttpSupport.post(
                base + "/v1/conversations",
                KEY,
                "{\"model\":\"mistral-medium-latest\",\"inputs\":\"Capital of France?\"}")
            .json();
    String id = started.get("conversation_id").asString();

    String stream =
        HttpSupport.post(
                base + "/v1/conversations/" + id,
                KEY,
                "{\"inputs\":\"And of Italy?\",\"stream\":true}")
            .body();
    JsonNode history = HttpSupport.get(base + "/v1/conversations/" + id + "/history", KEY).json();

    assertThat(started.at("/outputs/0/content").asString()).isEqualTo("Paris.");
    assertThat(stream)
        .startsWith("event: conversation.response.started\ndata: {")
        .contains("event: message.output.delta\n")
        .endsWith("\n\n")
        .contains("event: conversation.response.done\n");
    assertThat(history.get("entries"))
        .extracting(entry -> entry.get("type").asString())
        .containsExactly("message.input", "message.output", "message.input", "message.output");
  }

  @Test
  void keepsEachVersionOfAnAgent(MockMistralServer mistral) {
    String base = mistral.baseUrl();
    String id =
        HttpSupport.post(
                base + "/v1/agents",
                KEY,
                "{\"model\":\"mistral-large-latest\",\"name\":\"helper\",\"instructions\":\"Be brief\"}")
            .json()
            .get("id")
            .asString();

    JsonNode updated =
        HttpSupport.patch(base + "/v1/agents/" + id, KEY, "{\"instructions\":\"Be chatty\"}")
            .json();
    JsonNode first = HttpSupport.get(base + "/v1/agents/" + id + "?agent_version=0", KEY).json();

    assertThat(updated.get("version").asInt()).isEqualTo(1);
    assertThat(first.get("instructions").asString()).isEqualTo("Be brief");
    assertThat(HttpSupport.get(base + "/v1/agents", KEY).json()).hasSize(1);
  }
}
