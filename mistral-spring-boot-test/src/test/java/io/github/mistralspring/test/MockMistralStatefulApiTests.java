package io.github.mistralspring.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mistralspring.client.MistralClient;
import io.github.mistralspring.client.batch.ApiEndpoint;
import io.github.mistralspring.client.batch.BatchJob;
import io.github.mistralspring.client.batch.BatchJobRequest;
import io.github.mistralspring.client.batch.BatchJsonl;
import io.github.mistralspring.client.batch.BatchResult;
import io.github.mistralspring.client.beta.agents.Agent;
import io.github.mistralspring.client.beta.agents.AgentRequest;
import io.github.mistralspring.client.beta.agents.AgentUpdateRequest;
import io.github.mistralspring.client.beta.conversations.ConversationAccumulator;
import io.github.mistralspring.client.beta.conversations.ConversationAppendRequest;
import io.github.mistralspring.client.beta.conversations.ConversationEntry;
import io.github.mistralspring.client.beta.conversations.ConversationEvent;
import io.github.mistralspring.client.beta.conversations.ConversationHistory;
import io.github.mistralspring.client.beta.conversations.ConversationRequest;
import io.github.mistralspring.client.beta.conversations.ConversationResponse;
import io.github.mistralspring.client.beta.conversations.ConversationRestartRequest;
import io.github.mistralspring.client.beta.conversations.MessageInputEntry;
import io.github.mistralspring.client.beta.conversations.MessageOutputEntry;
import io.github.mistralspring.client.beta.conversations.MessageOutputEvent;
import io.github.mistralspring.client.beta.conversations.ResponseDoneEvent;
import io.github.mistralspring.client.beta.conversations.ResponseStartedEvent;
import io.github.mistralspring.client.catalog.FineTunedModelCard;
import io.github.mistralspring.client.chat.ChatCompletionRequest;
import io.github.mistralspring.client.chat.ChatCompletionResponse;
import io.github.mistralspring.client.error.MistralNotFoundException;
import io.github.mistralspring.client.files.FileListQuery;
import io.github.mistralspring.client.files.FilePurpose;
import io.github.mistralspring.client.files.FileUploadRequest;
import io.github.mistralspring.client.files.FileVisibility;
import io.github.mistralspring.client.files.StoredFile;
import io.github.mistralspring.client.finetuning.CompletionTrainingParameters;
import io.github.mistralspring.client.finetuning.FineTuningJob;
import io.github.mistralspring.client.finetuning.FineTuningJobCreateResult;
import io.github.mistralspring.client.finetuning.FineTuningJobEstimate;
import io.github.mistralspring.client.finetuning.FineTuningJobRequest;
import io.github.mistralspring.client.finetuning.JobEvent;
import io.github.mistralspring.client.jobs.JobStatus;
import io.github.mistralspring.client.jobs.PollingBackoff;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The stateful operations (files, jobs, agents, conversations), driven through the client. */
@SuppressWarnings("deprecation") // covers the deprecated operations while they are offered
class MockMistralStatefulApiTests {

  @RegisterExtension static MockMistralExtension mistral = new MockMistralExtension();

  private static final PollingBackoff FAST = PollingBackoff.fixed(Duration.ofMillis(5));

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

  private static String read(InputStream in) {
    try (in) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException failed) {
      throw new UncheckedIOException(failed);
    }
  }

  @Test
  void listsAnUploadedFileServesItsContentAndForgetsItOnceDeleted() {
    String content = "{\"messages\":[]}\n{\"messages\":[]}\n";

    StoredFile uploaded = upload("train.jsonl", FilePurpose.FINE_TUNE, content);

    assertThat(uploaded.bytes()).isEqualTo(content.length());
    assertThat(uploaded.numLines()).isEqualTo(2);
    assertThat(uploaded.purpose()).isEqualTo(FilePurpose.FINE_TUNE);
    assertThat(uploaded.filename()).isEqualTo("train.jsonl");
    assertThat(client.files().list().data()).extracting(StoredFile::id).contains(uploaded.id());
    StoredFile retrieved = client.files().retrieve(uploaded.id());
    assertThat(retrieved.filename()).isEqualTo("train.jsonl");
    assertThat(retrieved.deleted()).isFalse();
    assertThat(read(client.files().download(uploaded.id()))).isEqualTo(content);

    assertThat(client.files().delete(uploaded.id()).deleted()).isTrue();
    assertThat(client.files().list().data()).isEmpty();
    assertThatThrownBy(() -> client.files().retrieve(uploaded.id()))
        .isInstanceOf(MistralNotFoundException.class);
  }

  @Test
  void pagesAndFiltersFilesLazily() {
    upload("a.jsonl", FilePurpose.FINE_TUNE, "{}\n");
    upload("b.jsonl", FilePurpose.BATCH, "{}\n");
    upload("notes-b.md", FilePurpose.OCR, "# B\n");

    StoredFile expiring =
        client
            .files()
            .upload(
                FileUploadRequest.of(
                        new ByteArrayInputStream("x".getBytes(StandardCharsets.UTF_8)),
                        "c.txt",
                        FilePurpose.OCR)
                    .withExpiry(2)
                    .withVisibility(FileVisibility.USER));
    assertThat(expiring.expiresAt()).isEqualTo(expiring.createdAt() + 7200);
    assertThat(expiring.visibility()).isEqualTo(FileVisibility.USER);
    client.files().delete(expiring.id());

    assertThat(client.files().listAll(FileListQuery.builder().pageSize(1).build()))
        .extracting(StoredFile::filename)
        .containsExactlyInAnyOrder("a.jsonl", "b.jsonl", "notes-b.md");
    assertThat(
            client.files().list(FileListQuery.builder().purpose(FilePurpose.BATCH).build()).data())
        .extracting(StoredFile::filename)
        .containsExactly("b.jsonl");
    assertThat(client.files().list(FileListQuery.builder().search("notes").build()).data())
        .extracting(StoredFile::filename)
        .containsExactly("notes-b.md");
  }

  @Test
  void estimatesADryRunAndCancelsAJob() {
    StoredFile file = upload("train.jsonl", FilePurpose.FINE_TUNE, "{\"messages\":[]}\n");
    FineTuningJobRequest request =
        FineTuningJobRequest.builder()
            .model("open-mistral-nemo")
            .addTrainingFile(file.id())
            .hyperparameters(CompletionTrainingParameters.of(10, 0.0001))
            .build();

    FineTuningJobCreateResult estimate = client.fineTuning().dryRun(request);
    FineTuningJob created = client.fineTuning().create(request);
    FineTuningJob cancelling = client.fineTuning().cancel(created.id());
    FineTuningJob cancelled =
        client
            .fineTuning()
            .withPollingBackoff(FAST)
            .awaitCompletion(created.id(), Duration.ofSeconds(10));

    assertThat(estimate)
        .isInstanceOfSatisfying(
            FineTuningJobEstimate.class,
            metadata -> assertThat(metadata.trainTokens()).isPositive());
    assertThat(client.fineTuning().list().data()).hasSize(1);
    assertThat(cancelling.status()).isEqualTo(JobStatus.CANCELLATION_REQUESTED);
    assertThat(cancelled.status()).isEqualTo(JobStatus.CANCELLED);
  }

  @Test
  void movesAFineTuningJobThroughItsStatusesToSuccess() {
    StoredFile file = upload("train.jsonl", FilePurpose.FINE_TUNE, "{\"messages\":[]}\n");
    FineTuningJobRequest request =
        FineTuningJobRequest.builder()
            .model("open-mistral-nemo")
            .addTrainingFile(file.id())
            .suffix("sim")
            .hyperparameters(CompletionTrainingParameters.of(10, 0.0001))
            .build();

    FineTuningJob created = client.fineTuning().create(request);
    FineTuningJob done =
        client
            .fineTuning()
            .withPollingBackoff(FAST)
            .awaitCompletion(created.id(), Duration.ofSeconds(10));

    assertThat(created.status()).isEqualTo(JobStatus.QUEUED);
    assertThat(done.status()).isEqualTo(JobStatus.SUCCESS);
    assertThat(done.events())
        .extracting(JobEvent::data)
        .extracting(data -> String.valueOf(data.get("status")))
        .containsExactly("QUEUED", "VALIDATING", "RUNNING", "SUCCESS");
    assertThat(client.models().retrieve(done.fineTunedModel()))
        .isInstanceOfSatisfying(
            FineTunedModelCard.class, card -> assertThat(card.job()).isEqualTo(created.id()));
    assertThat(client.fineTuning().list().data())
        .extracting(FineTuningJob::id)
        .containsExactly(created.id());
  }

  @Test
  void waitsForAValidatedJobToBeStarted() {
    StoredFile file = upload("train.jsonl", FilePurpose.FINE_TUNE, "{\"messages\":[]}\n");
    FineTuningJob created =
        client
            .fineTuning()
            .create(
                FineTuningJobRequest.builder()
                    .model("open-mistral-nemo")
                    .addTrainingFile(file.id())
                    .autoStart(false)
                    .hyperparameters(CompletionTrainingParameters.of(10, 0.0001))
                    .build());

    client.fineTuning().retrieve(created.id());
    FineTuningJob validated = client.fineTuning().retrieve(created.id());
    FineTuningJob started = client.fineTuning().start(created.id());

    assertThat(validated.status()).isEqualTo(JobStatus.VALIDATED);
    assertThat(started.status()).isEqualTo(JobStatus.QUEUED);
    assertThat(
            client
                .fineTuning()
                .withPollingBackoff(FAST)
                .awaitCompletion(created.id(), Duration.ofSeconds(10))
                .status())
        .isEqualTo(JobStatus.SUCCESS);
  }

  @Test
  void advancesJobsWithElapsedTimeAlone() {
    // A server of its own: how jobs advance outlives reset().
    try (MockMistralServer server = MockMistralServer.start().advanceJobsOnRetrieve(false);
        MistralClient own = MistralClient.builder().apiKey("k").baseUrl(server.baseUrl()).build()) {
      server.advanceJobsEvery(Duration.ofHours(1));
      StoredFile file =
          own.files()
              .upload(
                  FileUploadRequest.of(
                      new ByteArrayInputStream("{}\n".getBytes(StandardCharsets.UTF_8)),
                      "train.jsonl",
                      FilePurpose.FINE_TUNE));
      FineTuningJobRequest request =
          FineTuningJobRequest.builder()
              .model("open-mistral-nemo")
              .addTrainingFile(file.id())
              .hyperparameters(CompletionTrainingParameters.of(10, 0.0001))
              .build();
      String slow = own.fineTuning().create(request).id();

      own.fineTuning().retrieve(slow);
      assertThat(own.fineTuning().retrieve(slow).status()).isEqualTo(JobStatus.QUEUED);

      server.advanceJobsEvery(Duration.ofMillis(10));
      String fast = own.fineTuning().create(request).id();
      FineTuningJob done =
          own.fineTuning()
              .withPollingBackoff(PollingBackoff.fixed(Duration.ofMillis(15)))
              .awaitCompletion(fast, Duration.ofSeconds(10));
      assertThat(done.status()).isEqualTo(JobStatus.SUCCESS);
      assertThat(done.events()).hasSize(4);
      // The slow job, due no step in an hour, moved one step per 10 ms from then on.
      assertThat(own.fineTuning().list().data())
          .extracting(FineTuningJob::status)
          .containsOnly(JobStatus.SUCCESS);
    }
  }

  @Test
  void answersEveryRequestOfABatchInItsOutputFile() {
    Map<String, ChatCompletionRequest> requests = new LinkedHashMap<>();
    for (String id : List.of("first", "second")) {
      requests.put(
          id,
          ChatCompletionRequest.builder()
              .model("mistral-small-latest")
              .addUserMessage("Say " + id)
              .build());
    }
    StoredFile input =
        client
            .files()
            .upload(
                FileUploadRequest.of(
                    BatchJsonl.toResource(BatchJsonl.chatRequests(requests), "batch.jsonl"),
                    FilePurpose.BATCH));

    BatchJob created =
        client
            .batch()
            .create(
                BatchJobRequest.builder()
                    .addInputFile(input.id())
                    .endpoint(ApiEndpoint.CHAT_COMPLETIONS)
                    .model("mistral-small-latest")
                    .metadata("job", "nightly")
                    .build());
    BatchJob done =
        client
            .batch()
            .withPollingBackoff(FAST)
            .awaitCompletion(created.id(), Duration.ofSeconds(10));

    assertThat(created.status()).isEqualTo(JobStatus.QUEUED);
    assertThat(created.totalRequests()).isEqualTo(2);
    assertThat(done.status()).isEqualTo(JobStatus.SUCCESS);
    assertThat(done.succeededRequests()).isEqualTo(2);
    List<BatchResult<ChatCompletionResponse>> results =
        BatchJsonl.readChatResults(client.files().download(done.outputFile()));
    assertThat(results).extracting(BatchResult::customId).containsExactly("first", "second");
    assertThat(results)
        .allSatisfy(result -> assertThat(result.body().firstContent()).isNotBlank())
        .extracting(BatchResult::statusCode)
        .containsOnly(200);

    BatchJob other =
        client
            .batch()
            .create(
                BatchJobRequest.builder()
                    .addInputFile(input.id())
                    .endpoint(ApiEndpoint.CHAT_COMPLETIONS)
                    .model("mistral-small-latest")
                    .build());
    assertThat(client.batch().cancel(other.id()).status())
        .isEqualTo(JobStatus.CANCELLATION_REQUESTED);
    assertThat(
            client
                .batch()
                .withPollingBackoff(FAST)
                .awaitCompletion(other.id(), Duration.ofSeconds(10))
                .status())
        .isEqualTo(JobStatus.CANCELLED);
    assertThat(client.batch().list().data()).hasSize(2);
  }

  @Test
  void createsListsGetsAndUpdatesAgentsKeepingEachVersion() {
    Agent created =
        client
            .beta()
            .agents()
            .create(
                AgentRequest.builder()
                    .model("mistral-large-latest")
                    .name("helper")
                    .instructions("Be brief")
                    .build());

    Agent updated =
        client
            .beta()
            .agents()
            .update(created.id(), AgentUpdateRequest.builder().instructions("Be chatty").build());

    assertThat(created.version()).isZero();
    assertThat(updated.version()).isEqualTo(1);
    assertThat(updated.versions()).containsExactly(0, 1);
    assertThat(updated.name()).isEqualTo("helper");
    assertThat(client.beta().agents().retrieve(created.id()).instructions()).isEqualTo("Be chatty");
    assertThat(client.beta().agents().list().data())
        .extracting(Agent::id)
        .containsExactly(created.id());
    Agent reverted = client.beta().agents().updateVersion(created.id(), 0);
    assertThat(reverted.instructions()).isEqualTo("Be brief");
    assertThat(client.beta().agents().retrieve(created.id()).version()).isZero();
  }

  @Test
  void growsAConversationsHistoryInOrderAndRestartsItFromAnEntry() {
    mistral.server().enqueue(MockResponse.answer("Paris."), MockResponse.answer("Rome."));

    ConversationResponse started =
        client
            .beta()
            .conversations()
            .start(
                ConversationRequest.builder()
                    .model("mistral-medium-latest")
                    .inputs("Capital of France?")
                    .build());
    ConversationResponse appended = client.beta().conversations().append(started, "And of Italy?");
    ConversationHistory history = client.beta().conversations().history(started.conversationId());

    assertThat(started.text()).isEqualTo("Paris.");
    assertThat(appended.text()).isEqualTo("Rome.");
    assertThat(appended.conversationId()).isEqualTo(started.conversationId());
    assertThat(history.entries())
        .extracting(ConversationEntry::type)
        .containsExactly("message.input", "message.output", "message.input", "message.output");
    assertThat(texts(history.entries()))
        .containsExactly("Capital of France?", "Paris.", "And of Italy?", "Rome.");
    assertThat(client.beta().conversations().messages(started.conversationId()).messages())
        .hasSize(4);
    assertThat(client.beta().conversations().retrieve(started.conversationId()).model())
        .isEqualTo("mistral-medium-latest");

    mistral.server().enqueue(MockResponse.answer("Berlin."));
    ConversationResponse restarted =
        client
            .beta()
            .conversations()
            .restart(
                started.conversationId(),
                ConversationRestartRequest.builder()
                    .fromEntryId(history.entries().get(1).id())
                    .inputs("And of Germany?")
                    .build());

    assertThat(restarted.text()).isEqualTo("Berlin.");
    assertThat(restarted.conversationId()).isNotEqualTo(started.conversationId());
    assertThat(texts(client.beta().conversations().history(restarted.conversationId()).entries()))
        .containsExactly("Capital of France?", "Paris.", "And of Germany?", "Berlin.");
    assertThat(client.beta().conversations().history(started.conversationId()).entries())
        .hasSize(4);
    assertThat(client.beta().conversations().list().data()).hasSize(2);
  }

  @Test
  void streamsAConversationAsTypedEventsThatAccumulateIntoTheAnswer() {
    mistral.server().enqueue(MockResponse.answer("Paris is the capital."));
    ConversationAccumulator accumulator = new ConversationAccumulator();
    List<ConversationEvent> events = new ArrayList<>();

    try (Stream<ConversationEvent> stream =
        client
            .beta()
            .conversations()
            .startStream(
                ConversationRequest.builder()
                    .model("mistral-medium-latest")
                    .inputs("Capital of France?")
                    .build())) {
      stream.forEach(
          event -> {
            events.add(event);
            accumulator.accept(event);
          });
    }
    ConversationResponse response = accumulator.toResponse();

    assertThat(events.get(0)).isInstanceOf(ResponseStartedEvent.class);
    assertThat(events.subList(1, events.size() - 1))
        .hasSizeGreaterThan(1)
        .allMatch(MessageOutputEvent.class::isInstance);
    assertThat(events.get(events.size() - 1))
        .isInstanceOfSatisfying(
            ResponseDoneEvent.class, done -> assertThat(done.usage().totalTokens()).isPositive());
    assertThat(accumulator.isDone()).isTrue();
    assertThat(response.text()).isEqualTo("Paris is the capital.");
    assertThat(texts(client.beta().conversations().history(response.conversationId()).entries()))
        .containsExactly("Capital of France?", "Paris is the capital.");

    mistral.server().enqueue(MockResponse.answer("Rome."));
    try (Stream<ConversationEvent> appended =
        client
            .beta()
            .conversations()
            .appendStream(
                response.conversationId(),
                ConversationAppendRequest.builder().inputs("And of Italy?").build())) {
      ConversationAccumulator again = new ConversationAccumulator();
      appended.forEach(again::accept);
      assertThat(again.toResponse().text()).isEqualTo("Rome.");
    }
  }

  private static List<String> texts(List<ConversationEntry> entries) {
    List<String> texts = new ArrayList<>();
    for (ConversationEntry entry : entries) {
      if (entry instanceof MessageInputEntry input) {
        texts.add(input.content().text());
      } else if (entry instanceof MessageOutputEntry output) {
        texts.add(output.text());
      }
    }
    return texts;
  }
}
