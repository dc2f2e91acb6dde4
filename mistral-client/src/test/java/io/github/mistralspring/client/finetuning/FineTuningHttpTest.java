package io.github.mistralspring.client.finetuning;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.github.mistralspring.client.testsupport.MistralWireMock.API_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mistralspring.client.MistralClient;
import io.github.mistralspring.client.catalog.ClassifierLossFunction;
import io.github.mistralspring.client.catalog.ClassifierTarget;
import io.github.mistralspring.client.files.FilePurpose;
import io.github.mistralspring.client.files.FilesApi;
import io.github.mistralspring.client.files.StoredFile;
import io.github.mistralspring.client.jobs.JobStatus;
import io.github.mistralspring.client.jobs.JobTimeoutException;
import io.github.mistralspring.client.jobs.PollingBackoff;
import io.github.mistralspring.client.model.JsonTrees;
import io.github.mistralspring.client.paging.Page;
import io.github.mistralspring.client.testsupport.MistralWireMock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import reactor.test.StepVerifier;

/** The fine-tuning jobs API over HTTP against an in-process WireMock server. */
@SuppressWarnings("deprecation") // covers the deprecated operations while they are offered
class FineTuningHttpTest {

  @RegisterExtension static MistralWireMock server = new MistralWireMock();

  static final String JOB_ID = "7ad642c1-fc6f-4c07-a0d1-c6d5a7a9b0c1";
  static final String TRAIN_ID = "11111111-1111-1111-1111-111111111111";
  static final String VALID_ID = "22222222-2222-2222-2222-222222222222";

  static String completionJob(String status) {
    return """
        {"id": "%s", "auto_start": true, "model": "open-mistral-7b", "status": "%s",
         "created_at": 1717000000, "modified_at": 1717000100,
         "training_files": ["%s"], "validation_files": ["%s"], "object": "job",
         "fine_tuned_model": null, "suffix": "marv",
         "integrations": [{"type": "wandb", "project": "p", "name": null, "run_name": "r",
                           "url": "https://wandb.example/r"}],
         "trained_tokens": null,
         "metadata": {"expected_duration_seconds": 220, "cost": 10.5, "cost_currency": "EUR",
                      "train_tokens_per_step": 131072, "train_tokens": 1310720,
                      "data_tokens": 305375, "estimated_start_time": null},
         "job_type": "completion",
         "hyperparameters": {"training_steps": 10, "learning_rate": 0.0001,
                             "weight_decay": 0.1, "warmup_fraction": 0.05, "epochs": 4.29,
                             "seq_len": 32768, "fim_ratio": 0.9},
         "repositories": []}
        """
        .formatted(JOB_ID, status, TRAIN_ID, VALID_ID);
  }

  static String detailedJob(String status) {
    String job = completionJob(status).trim();
    return job.substring(0, job.length() - 1)
        + """
        , "events": [{"name": "status-updated", "data": {"status": "QUEUED"},
                      "created_at": 1717000000},
                     {"name": "status-updated", "data": {"status": "%s"},
                      "created_at": 1717000100}],
          "checkpoints": [{"metrics": {"train_loss": 1.5, "valid_loss": 1.7,
                                       "valid_mean_token_accuracy": 0.8},
                           "step_number": 5, "created_at": 1717000050}]}
        """
            .formatted(status);
  }

  private final MistralClient client = server.client();
  private final FineTuningApi fineTuning =
      client.fineTuning().withPollingBackoff(PollingBackoff.fixed(Duration.ofMillis(20)));
  private final ReactiveFineTuningApi reactive =
      client
          .reactive()
          .fineTuning()
          .withPollingBackoff(PollingBackoff.fixed(Duration.ofMillis(20)));

  @Test
  void theSdkExamplesUploadWithTheirPurposeAndTheJobNamingThemSerializesPerTheSpec()
      throws Exception {
    Path examples =
        Path.of(System.getProperty("mistral.spec.dir", "../spec"))
            .resolve("fixtures/mistral-sdk-examples");
    FilesApi files = client.files();
    String[][] uploads = {
      {"ft_training_file.jsonl", TRAIN_ID, "fine-tune"},
      {"ft_validation_file.jsonl", VALID_ID, "fine-tune"},
      {"classifier_sentiments.jsonl", "33333333-3333-3333-3333-333333333333", "fine-tune"},
      {"lorem_ipsum.md", "44444444-4444-4444-4444-444444444444", "ocr"},
    };
    for (String[] upload : uploads) {
      server.stubFor(
          post("/v1/files")
              .withMultipartRequestBody(
                  aMultipart("file").withHeader("Content-Disposition", containing(upload[0])))
              .willReturn(
                  okJson(
                      """
                      {"id": "%s", "object": "file", "bytes": %d, "created_at": 1,
                       "filename": "%s", "purpose": "%s", "sample_type": "instruct",
                       "source": "upload"}
                      """
                          .formatted(
                              upload[1],
                              Files.size(examples.resolve(upload[0])),
                              upload[0],
                              upload[2]))));
    }

    StoredFile training = files.upload(examples.resolve(uploads[0][0]), FilePurpose.FINE_TUNE);
    StoredFile validation = files.upload(examples.resolve(uploads[1][0]), FilePurpose.FINE_TUNE);
    StoredFile sentiments = files.upload(examples.resolve(uploads[2][0]), FilePurpose.FINE_TUNE);
    StoredFile document = files.upload(examples.resolve(uploads[3][0]), FilePurpose.OCR);

    for (String[] upload : uploads) {
      server.verify(
          postRequestedFor(urlEqualTo("/v1/files"))
              .withRequestBodyPart(aMultipart("purpose").withBody(equalTo(upload[2])).build())
              .withRequestBodyPart(
                  aMultipart("file")
                      .withHeader(
                          "Content-Disposition", containing("filename=\"" + upload[0] + "\""))
                      .withBody(binaryEqualTo(Files.readAllBytes(examples.resolve(upload[0]))))
                      .build()));
    }
    assertThat(document.purpose()).isEqualTo(FilePurpose.OCR);

    server.stubFor(post("/v1/fine_tuning/jobs").willReturn(okJson(completionJob("QUEUED"))));
    FineTuningJobRequest completion =
        FineTuningJobRequest.builder()
            .model("open-mistral-7b")
            .addTrainingFile(training.id())
            .validationFiles(List.of(validation.id()))
            .hyperparameters(CompletionTrainingParameters.of(10, 0.0001))
            .suffix("marv")
            .autoStart(false)
            .integrations(List.of(WandbIntegration.of("p", "k".repeat(40))))
            .build();
    FineTuningJob created = fineTuning.create(completion);
    assertThat(created).isInstanceOf(CompletionJob.class);
    server.verify(
        postRequestedFor(urlEqualTo("/v1/fine_tuning/jobs"))
            .withHeader("Content-Type", containing("application/json"))
            .withRequestBody(
                equalToJson(
                    """
                    {"model": "open-mistral-7b",
                     "training_files": [{"file_id": "%s"}],
                     "validation_files": ["%s"],
                     "suffix": "marv",
                     "integrations": [{"type": "wandb", "project": "p",
                                       "api_key": "%s"}],
                     "auto_start": false,
                     "hyperparameters": {"training_steps": 10, "learning_rate": 0.0001}}
                    """
                        .formatted(TRAIN_ID, VALID_ID, "k".repeat(40)))));

    FineTuningJobRequest classifier =
        FineTuningJobRequest.builder()
            .model("ministral-3b-latest")
            .jobType(FineTuneableModelType.CLASSIFIER)
            .addTrainingFile(sentiments.id(), 2.0)
            .hyperparameters(ClassifierTrainingParameters.of(20, 0.00005))
            .classifierTargets(
                List.of(
                    new ClassifierTarget(
                        "sentiment",
                        List.of("positive", "neutral", "negative"),
                        1.0,
                        ClassifierLossFunction.SINGLE_CLASS)))
            .build();
    JsonTrees.assertWritesAs(
        classifier,
        JsonTrees.tree(
            """
            {"model": "ministral-3b-latest",
             "training_files": [{"file_id": "33333333-3333-3333-3333-333333333333", "weight": 2.0}],
             "job_type": "classifier",
             "hyperparameters": {"training_steps": 20, "learning_rate": 0.00005},
             "classifier_targets": [{"name": "sentiment",
                                     "labels": ["positive", "neutral", "negative"],
                                     "weight": 1.0, "loss_function": "single_class"}]}
            """));
  }

  @Test
  void aDryRunSendsTheFlagAndReadsTheEstimates() {
    server.stubFor(
        post(urlPathEqualTo("/v1/fine_tuning/jobs"))
            .withQueryParam("dry_run", equalTo("true"))
            .willReturn(
                okJson(
                    """
                    {"expected_duration_seconds": 220, "cost": 10, "cost_currency": "EUR",
                     "train_tokens_per_step": 131072, "train_tokens": 1310720,
                     "data_tokens": 305375, "deprecated": true, "details": "",
                     "epochs": 4.2922, "training_steps": 10, "object": "job.metadata"}
                    """)));

    FineTuningJobCreateResult result =
        fineTuning.dryRun(
            FineTuningJobRequest.builder()
                .model("open-mistral-7b")
                .addTrainingFile(TRAIN_ID)
                .hyperparameters(CompletionTrainingParameters.of(10, 0.0001))
                .build());

    assertThat(result).isInstanceOf(FineTuningJobEstimate.class);
    FineTuningJobEstimate estimates = (FineTuningJobEstimate) result;
    assertThat(estimates.cost()).isEqualTo(10.0);
    assertThat(estimates.trainingSteps()).isEqualTo(10);
    assertThat(estimates.object()).isEqualTo(FineTuningJobEstimate.OBJECT);
    server.verify(
        postRequestedFor(urlEqualTo("/v1/fine_tuning/jobs?dry_run=true"))
            .withHeader("Authorization", equalTo("Bearer " + API_KEY)));
  }

  @Test
  void aCreateWithoutDryRunSendsNoFlagAndReadsAClassifierJob() {
    server.stubFor(
        post(urlEqualTo("/v1/fine_tuning/jobs"))
            .willReturn(
                okJson(
                    """
                    {"id": "%s", "auto_start": true, "model": "ministral-3b-latest",
                     "status": "QUEUED", "created_at": 1, "modified_at": 2,
                     "training_files": [], "object": "job", "job_type": "classifier",
                     "hyperparameters": {"training_steps": 20, "learning_rate": 0.00005}}
                    """
                        .formatted(JOB_ID))));

    FineTuningJobCreateResult result =
        fineTuning.create(
            FineTuningJobRequest.builder()
                .model("ministral-3b-latest")
                .hyperparameters(ClassifierTrainingParameters.of(20, 0.00005))
                .build(),
            false);

    assertThat(result).isInstanceOf(ClassifierJob.class);
    ClassifierJob job = (ClassifierJob) result;
    assertThat(job.hyperparameters().trainingSteps()).isEqualTo(20);
    assertThat(job.classifierTargets()).isEmpty();
    assertThat(job.status()).isEqualTo(JobStatus.QUEUED);
  }

  @Test
  void bothKnownJobTypesReadTheirSharedFieldsThroughOneType() {
    server.stubFor(
        get(urlPathEqualTo("/v1/fine_tuning/jobs"))
            .willReturn(
                okJson(
                    "{\"data\": ["
                        + completionJob("RUNNING")
                        + ", {\"id\": \"c\", \"auto_start\": false, \"model\":"
                        + " \"ministral-3b-latest\", \"status\": \"QUEUED\", \"created_at\": 1,"
                        + " \"modified_at\": 2, \"training_files\": [\"t\"], \"job_type\":"
                        + " \"classifier\", \"hyperparameters\": {\"training_steps\": 20,"
                        + " \"learning_rate\": 0.00005}}], \"object\": \"list\", \"total\": 2}")));

    List<FineTuningJob> jobs = fineTuning.list().data();

    assertThat(jobs).hasSize(2).allSatisfy(job -> assertThat(job).isInstanceOf(KnownJob.class));
    KnownJob completion = (KnownJob) jobs.get(0);
    KnownJob classifier = (KnownJob) jobs.get(1);
    assertThat(completion).isInstanceOf(CompletionJob.class);
    assertThat(classifier).isInstanceOf(ClassifierJob.class);
    assertThat(List.of(completion.model(), classifier.model()))
        .containsExactly("open-mistral-7b", "ministral-3b-latest");
    assertThat(completion.trainingFiles()).containsExactly(TRAIN_ID);
    assertThat(classifier.trainingFiles()).containsExactly("t");
    assertThat(classifier.validationFiles()).isEmpty();
    assertThat(classifier.integrations()).isEmpty();
    assertThat(completion.autoStart()).isTrue();
    assertThat(classifier.autoStart()).isFalse();
    assertThat(completion.hyperparameters().trainingSteps()).isEqualTo(10);
    assertThat(classifier.hyperparameters().trainingSteps()).isEqualTo(20);
    assertThat(completion.metadata().cost()).isEqualTo(10.5);
    assertThat(classifier.metadata()).isNull();
  }

  @Test
  void listsWithEveryFilterAsQueryParameters() {
    server.stubFor(
        get(urlPathEqualTo("/v1/fine_tuning/jobs"))
            .willReturn(
                okJson(
                    "{\"data\": ["
                        + completionJob("RUNNING")
                        + ", {\"id\": \"x\", \"job_type\": \"reinforcement\", \"status\":"
                        + " \"WARMING_UP\", \"reward\": 1}], \"object\": \"list\","
                        + " \"total\": 2}")));

    Page<FineTuningJob> page =
        fineTuning.list(
            FineTuningJobListQuery.builder()
                .page(1)
                .pageSize(5)
                .model("open-mistral-7b")
                .createdAfter(OffsetDateTime.of(2024, 5, 1, 12, 0, 0, 0, ZoneOffset.ofHours(2)))
                .createdBefore(OffsetDateTime.of(2024, 6, 1, 0, 0, 0, 0, ZoneOffset.UTC))
                .createdByMe(true)
                .status(JobStatus.RUNNING)
                .wandbProject("p")
                .wandbName("r")
                .suffix("marv")
                .build());

    assertThat(page.total()).isEqualTo(2L);
    assertThat(page.data().get(0)).isInstanceOf(CompletionJob.class);
    assertThat(page.data().get(0).events()).isEmpty();
    CompletionJob first = (CompletionJob) page.data().get(0);
    assertThat(first.metadata().cost()).isEqualTo(10.5);
    assertThat(first.integrations().get(0).url()).isEqualTo("https://wandb.example/r");
    assertThat(first.hyperparameters().fimRatio()).isEqualTo(0.9);
    UnknownJob unknown = (UnknownJob) page.data().get(1);
    assertThat(unknown.jobType()).isEqualTo("reinforcement");
    assertThat(unknown.status().isTerminal()).isFalse();
    assertThat(unknown.properties()).containsEntry("reward", 1);
    server.verify(
        getRequestedFor(urlPathEqualTo("/v1/fine_tuning/jobs"))
            .withQueryParam("page", equalTo("1"))
            .withQueryParam("page_size", equalTo("5"))
            .withQueryParam("model", equalTo("open-mistral-7b"))
            .withQueryParam("created_after", equalTo("2024-05-01T10:00:00Z"))
            .withQueryParam("created_before", equalTo("2024-06-01T00:00:00Z"))
            .withQueryParam("created_by_me", equalTo("true"))
            .withQueryParam("status", equalTo("RUNNING"))
            .withQueryParam("wandb_project", equalTo("p"))
            .withQueryParam("wandb_name", equalTo("r"))
            .withQueryParam("suffix", equalTo("marv")));
  }

  @Test
  void listAllFollowsThePagesUpToTheTotal() {
    for (int page = 0; page < 2; page++) {
      server.stubFor(
          get(urlPathEqualTo("/v1/fine_tuning/jobs"))
              .withQueryParam("page", equalTo(Integer.toString(page)))
              .willReturn(
                  okJson(
                      "{\"data\": ["
                          + completionJob("SUCCESS").replace(JOB_ID, "job-" + page)
                          + "], \"object\": \"list\", \"total\": 2}")));
    }

    assertThat(
            fineTuning
                .listAll(FineTuningJobListQuery.builder().pageSize(1).build())
                .map(FineTuningJob::id))
        .containsExactly("job-0", "job-1");
    StepVerifier.create(
            reactive.listAll(FineTuningJobListQuery.builder().pageSize(1).build()).take(1))
        .expectNextMatches(job -> job.id().equals("job-0"))
        .verifyComplete();
    server.verify(3, getRequestedFor(urlPathEqualTo("/v1/fine_tuning/jobs")));
  }

  @Test
  void retrievesADetailedJobWithEventsAndCheckpoints() {
    server.stubFor(
        get("/v1/fine_tuning/jobs/" + JOB_ID).willReturn(okJson(detailedJob("RUNNING"))));

    FineTuningJob job = fineTuning.retrieve(JOB_ID);

    assertThat(job.status()).isEqualTo(JobStatus.RUNNING);
    assertThat(job.events()).hasSize(2);
    assertThat(job.events().get(1).data()).isEqualTo(Map.of("status", "RUNNING"));
    assertThat(job.checkpoints().get(0).metrics().validMeanTokenAccuracy()).isEqualTo(0.8);
    assertThat(job.checkpoints().get(0).stepNumber()).isEqualTo(5);
    assertThat(JsonTrees.written(job).get("job_type").asString()).isEqualTo("completion");
  }

  @Test
  void cancelsAndStartsAJob() {
    server.stubFor(
        post("/v1/fine_tuning/jobs/" + JOB_ID + "/cancel")
            .willReturn(okJson(detailedJob("CANCELLATION_REQUESTED"))));
    server.stubFor(
        post("/v1/fine_tuning/jobs/" + JOB_ID + "/start")
            .willReturn(okJson(detailedJob("STARTED"))));

    assertThat(fineTuning.cancel(JOB_ID).status()).isEqualTo(JobStatus.CANCELLATION_REQUESTED);
    assertThat(fineTuning.start(JOB_ID).status()).isEqualTo(JobStatus.STARTED);

    server.verify(
        postRequestedFor(urlEqualTo("/v1/fine_tuning/jobs/" + JOB_ID + "/cancel"))
            .withHeader("Authorization", equalTo("Bearer " + API_KEY)));
    server.verify(postRequestedFor(urlEqualTo("/v1/fine_tuning/jobs/" + JOB_ID + "/start")));
  }

  @Test
  void awaitCompletionFollowsTheJobToSuccess() {
    String[] statuses = {"QUEUED", "VALIDATING", "RUNNING", "SUCCESS"};
    for (int i = 0; i < statuses.length; i++) {
      server.stubFor(
          get("/v1/fine_tuning/jobs/" + JOB_ID)
              .inScenario("job")
              .whenScenarioStateIs(i == 0 ? STARTED : statuses[i - 1])
              .willSetStateTo(statuses[i])
              .willReturn(
                  okJson(
                      detailedJob(statuses[i])
                          .replace(
                              "\"fine_tuned_model\": null",
                              i == 3
                                  ? "\"fine_tuned_model\": \"ft:open-mistral-7b:marv\""
                                  : "\"fine_tuned_model\": null"))));
    }

    FineTuningJob done = fineTuning.awaitCompletion(JOB_ID, Duration.ofSeconds(10));

    assertThat(done.status()).isEqualTo(JobStatus.SUCCESS);
    assertThat(done.status().isTerminal()).isTrue();
    assertThat(done.fineTunedModel()).isEqualTo("ft:open-mistral-7b:marv");
    server.verify(4, getRequestedFor(urlEqualTo("/v1/fine_tuning/jobs/" + JOB_ID)));
  }

  @Test
  void awaitCompletionTimesOutCleanlyOnAJobThatNeverFinishes() {
    server.stubFor(
        get("/v1/fine_tuning/jobs/" + JOB_ID).willReturn(okJson(detailedJob("RUNNING"))));

    long start = System.nanoTime();
    assertThatThrownBy(() -> fineTuning.awaitCompletion(JOB_ID, Duration.ofMillis(1500)))
        .isInstanceOfSatisfying(
            JobTimeoutException.class,
            timeout -> {
              assertThat(timeout.jobId()).isEqualTo(JOB_ID);
              assertThat(timeout.lastStatus()).isEqualTo(JobStatus.RUNNING);
              assertThat(timeout.timeout()).isEqualTo(Duration.ofMillis(1500));
            })
        .hasMessageContaining(JOB_ID)
        .hasMessageContaining("RUNNING");
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    assertThat(took).isBetween(Duration.ofMillis(1500), Duration.ofSeconds(6));
    assertThat(server.findAll(getRequestedFor(urlEqualTo("/v1/fine_tuning/jobs/" + JOB_ID))))
        .hasSizeGreaterThan(2);
  }

  @Test
  void theReactiveWaitBacksOffBetweenPolls() {
    server.stubFor(
        get("/v1/fine_tuning/jobs/" + JOB_ID).willReturn(okJson(detailedJob("RUNNING"))));
    ReactiveFineTuningApi slow =
        reactive.withPollingBackoff(
            new PollingBackoff(Duration.ofMillis(100), Duration.ofMillis(400), 2.0));

    StepVerifier.create(slow.awaitCompletion(JOB_ID, Duration.ofMillis(1000)))
        .expectError(JobTimeoutException.class)
        .verify(Duration.ofSeconds(5));
    // Polls at about 0, 100, 300, 700 ms: four, where a fixed 100 ms would make ten. A loaded
    // machine may fit fewer polls in the second, never more.
    assertThat(server.findAll(getRequestedFor(urlEqualTo("/v1/fine_tuning/jobs/" + JOB_ID))))
        .hasSizeBetween(2, 5);
  }

  @Test
  void jobStatusesKnowWhichAreTerminal() {
    assertThat(JobStatus.SUCCESS.isTerminal()).isTrue();
    assertThat(JobStatus.FAILED.isTerminal()).isTrue();
    assertThat(JobStatus.FAILED_VALIDATION.isTerminal()).isTrue();
    assertThat(JobStatus.CANCELLED.isTerminal()).isTrue();
    assertThat(JobStatus.TIMEOUT_EXCEEDED.isTerminal()).isTrue();
    assertThat(JobStatus.QUEUED.isTerminal()).isFalse();
    assertThat(JobStatus.VALIDATED.isTerminal()).isFalse();
    assertThat(JobStatus.CANCELLATION_REQUESTED.isTerminal()).isFalse();
    assertThat(JobStatus.of("SOMETHING_NEW").isTerminal()).isFalse();
    assertThat(JsonTrees.written(JobStatus.of("SOMETHING_NEW")).asString())
        .isEqualTo("SOMETHING_NEW");
    assertThat(new PollingBackoff(Duration.ofSeconds(1), Duration.ofSeconds(30), 2).delay(3))
        .isEqualTo(Duration.ofSeconds(8));
    assertThat(PollingBackoff.DEFAULT.delay(10)).isEqualTo(Duration.ofSeconds(30));
  }
}
