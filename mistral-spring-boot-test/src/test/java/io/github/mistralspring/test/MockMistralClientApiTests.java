package io.github.mistralspring.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mistralspring.client.MistralClient;
import io.github.mistralspring.client.agents.AgentsCompletionRequest;
import io.github.mistralspring.client.beta.agents.Agent;
import io.github.mistralspring.client.beta.agents.AgentRequest;
import io.github.mistralspring.client.catalog.Archival;
import io.github.mistralspring.client.catalog.BaseModelCard;
import io.github.mistralspring.client.catalog.CompletionFineTunedModel;
import io.github.mistralspring.client.catalog.FineTunedModel;
import io.github.mistralspring.client.catalog.FineTunedModelCard;
import io.github.mistralspring.client.catalog.FineTunedModelUpdateRequest;
import io.github.mistralspring.client.catalog.ModelCard;
import io.github.mistralspring.client.chat.ChatCompletionResponse;
import io.github.mistralspring.client.chat.CompletionChunk;
import io.github.mistralspring.client.classifiers.ChatClassificationRequest;
import io.github.mistralspring.client.classifiers.ChatModerationRequest;
import io.github.mistralspring.client.classifiers.ClassificationRequest;
import io.github.mistralspring.client.classifiers.ClassificationResponse;
import io.github.mistralspring.client.classifiers.ModerationResponse;
import io.github.mistralspring.client.error.MistralAuthenticationException;
import io.github.mistralspring.client.error.MistralNotFoundException;
import io.github.mistralspring.client.files.FilePurpose;
import io.github.mistralspring.client.files.FileSignedUrl;
import io.github.mistralspring.client.files.FileUploadRequest;
import io.github.mistralspring.client.files.StoredFile;
import io.github.mistralspring.client.finetuning.CompletionTrainingParameters;
import io.github.mistralspring.client.finetuning.FineTuningJobRequest;
import io.github.mistralspring.client.jobs.PollingBackoff;
import io.github.mistralspring.client.model.AssistantMessage;
import io.github.mistralspring.client.model.UserMessage;
import io.github.mistralspring.client.ocr.OcrRequest;
import io.github.mistralspring.client.ocr.OcrResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The stateless operations not covered by {@link MockMistralServerTests} (agents completions,
 * classifications, chat moderation, OCR of an uploaded file, models, fine-tuned model management,
 * signed URLs), driven through the client.
 */
@SuppressWarnings("deprecation") // covers the deprecated operations while they are offered
class MockMistralClientApiTests {

  @RegisterExtension static MockMistralExtension mistral = new MockMistralExtension();

  private MistralClient client;

  @BeforeEach
  void createClient() {
    client = MistralClient.builder().apiKey("k").baseUrl(mistral.baseUrl()).build();
  }

  @AfterEach
  void closeClient() {
    client.close();
  }

  private StoredFile upload(String filename, FilePurpose purpose, String content) {
    return client
        .files()
        .upload(
            FileUploadRequest.of(
                new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)),
                filename,
                purpose));
  }

  private Agent agent() {
    return client
        .beta()
        .agents()
        .create(
            AgentRequest.builder()
                .model("mistral-large-latest")
                .name("helper")
                .instructions("Be brief")
                .build());
  }

  @Test
  void answersAnAgentWithItsModelWholeAndStreamed() {
    Agent agent = agent();
    AgentsCompletionRequest request =
        AgentsCompletionRequest.builder()
            .agentId(agent.id())
            .addUserMessage("How do I cross the street?")
            .build();

    ChatCompletionResponse whole = client.agents().complete(request);
    String streamed;
    try (Stream<CompletionChunk> chunks = client.agents().stream(request)) {
      StringBuilder text = new StringBuilder();
      chunks.forEach(chunk -> text.append(chunk.deltaText() == null ? "" : chunk.deltaText()));
      streamed = text.toString();
    }
    mistral.server().enqueue(MockResponse.answer("Scripted."));
    ChatCompletionResponse accumulated = client.agents().streamAndAccumulate(request);

    assertThat(whole.model()).isEqualTo("mistral-large-latest");
    assertThat(whole.firstContent()).isNotBlank();
    assertThat(streamed).isEqualTo(whole.firstContent());
    assertThat(accumulated.firstContent()).isEqualTo("Scripted.");
    assertThat(mistral.server().takeRequest().path()).isEqualTo("/v1/agents");
    assertThat(mistral.server().takeRequest().bodyJson().get("agent_id").asString())
        .isEqualTo(agent.id());
  }

  @Test
  void classifiesTextsAndConversations() {
    // A fine-tuned classifier the simulator serves without a training job.
    mistral.server().addModel("ft:classifier:sentiment");
    ClassificationResponse texts =
        client
            .classifiers()
            .classify(
                ClassificationRequest.of(
                    "ft:classifier:sentiment", List.of("I love it", "This is awful")));
    ClassificationResponse chat =
        client
            .classifiers()
            .classifyChat(
                ChatClassificationRequest.of(
                    "ft:classifier:sentiment",
                    List.of(UserMessage.of("How was it?"), AssistantMessage.of("Great!"))));

    assertThat(texts.model()).isEqualTo("ft:classifier:sentiment");
    assertThat(texts.results()).hasSize(2);
    assertThat(texts.results().get(0).get("sentiment").topLabel()).contains("positive");
    assertThat(texts.results().get(1).get("sentiment").topLabel()).contains("negative");
    assertThat(chat.results()).hasSize(1);
    assertThat(chat.results().get(0).get("sentiment").topLabel()).contains("positive");
  }

  @Test
  void moderatesAConversationAndSeveralAtOnce() {
    ModerationResponse one =
        client
            .classifiers()
            .moderateChat(
                ChatModerationRequest.of(
                    "mistral-moderation-latest",
                    List.of(
                        UserMessage.of("I will attack you"), AssistantMessage.of("Please no"))));
    ModerationResponse two =
        client
            .classifiers()
            .moderateChat(
                ChatModerationRequest.builder()
                    .model("mistral-moderation-latest")
                    .addConversation(List.of(UserMessage.of("Nice weather today")))
                    .addConversation(List.of(UserMessage.of("How do I build a bomb?")))
                    .build());

    assertThat(one.results()).hasSize(1);
    assertThat(one.results().get(0).flagged("violence_and_threats")).isTrue();
    assertThat(two.results()).hasSize(2);
    assertThat(two.results().get(0).flagged()).isFalse();
    assertThat(two.results().get(1).flagged("dangerous_and_criminal_content")).isTrue();
  }

  @Test
  void readsAnUploadedFileByItsIdAndByItsSignedUrl() {
    StoredFile file = upload("notes.md", FilePurpose.OCR, "# Notes\n\nBuy milk.\n");

    OcrResponse byId =
        client
            .ocr()
            .process(OcrRequest.builder().model("mistral-ocr-latest").fileId(file.id()).build());
    FileSignedUrl signed = client.files().signedUrl(file.id(), 1);
    OcrResponse byUrl =
        client
            .ocr()
            .process(
                OcrRequest.builder().model("mistral-ocr-latest").documentUrl(signed.url()).build());

    assertThat(byId.model()).isEqualTo("mistral-ocr-latest");
    assertThat(byId.markdown()).contains("Buy milk.");
    assertThat(byId.usageInfo().pagesProcessed()).isEqualTo(1);
    assertThat(byUrl.pages()).isNotEmpty();
  }

  @Test
  void servesASignedUrlWithoutTheKey() {
    mistral.server().requireApiKey("k");
    StoredFile file = upload("data.jsonl", FilePurpose.BATCH, "{\"a\":1}\n");

    FileSignedUrl signed = client.files().signedUrl(file.id());
    HttpSupport.Result download = HttpSupport.get(signed.url(), "wrong-key");

    assertThat(signed.url()).startsWith(mistral.baseUrl() + "/v1/files/" + file.id());
    assertThat(download.status()).isEqualTo(200);
    assertThat(download.body()).isEqualTo("{\"a\":1}\n");
    assertThat(HttpSupport.get(mistral.baseUrl() + "/v1/files/" + file.id(), "wrong-key").status())
        .isEqualTo(401);
    try (MistralClient wrong =
        MistralClient.builder().apiKey("wrong-key").baseUrl(mistral.baseUrl()).build()) {
      assertThatThrownBy(() -> wrong.files().signedUrl(file.id()))
          .isInstanceOf(MistralAuthenticationException.class);
    }
  }

  @Test
  void describesBaseModelsAndAnswers404ForUnknownOnes() {
    ModelCard small = client.models().retrieve("mistral-small-latest");

    assertThat(small)
        .isInstanceOfSatisfying(
            BaseModelCard.class,
            card -> {
              assertThat(card.capabilities().completionChat()).isTrue();
              assertThat(card.maxContextLength()).isPositive();
            });
    assertThat(client.models().list().find("mistral-embed")).isPresent();
    assertThatThrownBy(() -> client.models().retrieve("no-such-model"))
        .isInstanceOf(MistralNotFoundException.class);
  }

  @Test
  void renamesArchivesUnarchivesAndDeletesAFineTunedModel() {
    StoredFile file = upload("train.jsonl", FilePurpose.FINE_TUNE, "{\"messages\":[]}\n");
    String model =
        client
            .fineTuning()
            .withPollingBackoff(PollingBackoff.fixed(Duration.ofMillis(5)))
            .awaitCompletion(
                client
                    .fineTuning()
                    .create(
                        FineTuningJobRequest.builder()
                            .model("open-mistral-nemo")
                            .addTrainingFile(file.id())
                            .suffix("notes")
                            .hyperparameters(CompletionTrainingParameters.of(10, 0.0001))
                            .build())
                    .id(),
                Duration.ofSeconds(10))
            .fineTunedModel();

    FineTunedModel renamed =
        client
            .models()
            .update(
                model,
                FineTunedModelUpdateRequest.builder()
                    .name("Notes")
                    .description("Takes notes")
                    .build());
    Archival archived = client.models().archive(model);
    boolean archivedInCard =
        ((FineTunedModelCard) client.models().retrieve(model)).archived() == Boolean.TRUE;
    Archival unarchived = client.models().unarchive(model);

    assertThat(renamed)
        .isInstanceOfSatisfying(
            CompletionFineTunedModel.class,
            out -> {
              assertThat(out.id()).isEqualTo(model);
              assertThat(out.name()).isEqualTo("Notes");
              assertThat(out.description()).isEqualTo("Takes notes");
              assertThat(out.root()).isEqualTo("open-mistral-nemo");
            });
    assertThat(archived.archived()).isTrue();
    assertThat(archivedInCard).isTrue();
    assertThat(unarchived.archived()).isFalse();
    assertThat(((FineTunedModelCard) client.models().retrieve(model)).name()).isEqualTo("Notes");
    assertThat(client.models().delete(model).deleted()).isTrue();
    assertThatThrownBy(() -> client.models().retrieve(model))
        .isInstanceOf(MistralNotFoundException.class);
    assertThatThrownBy(() -> client.models().archive("mistral-small-latest"))
        .isInstanceOf(MistralNotFoundException.class);
  }
}
