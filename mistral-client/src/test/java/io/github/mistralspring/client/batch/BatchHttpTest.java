package io.github.mistralspring.client.batch;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.havingExactly;
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
import io.github.mistralspring.client.jobs.JobStatus;
import io.github.mistralspring.client.jobs.JobTimeoutException;
import io.github.mistralspring.client.jobs.PollingBackoff;
import io.github.mistralspring.client.paging.Page;
import io.github.mistralspring.client.testsupport.MistralWireMock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The batch jobs API over HTTP against an in-process WireMock server. */
class BatchHttpTest {

  @RegisterExtension static MistralWireMock server = new MistralWireMock();

  static final String JOB_ID = "b0a1c2d3-0000-4000-8000-000000000001";
  static final String INPUT_ID = "f0a1c2d3-0000-4000-8000-000000000002";

  static String job(String status) {
    return """
        {"id": "%s", "object": "batch", "input_files": ["%s"], "metadata": {"team": "search"},
         "endpoint": "/v1/chat/completions", "model": "mistral-small-latest", "agent_id": null,
         "output_file": %s, "error_file": null,
         "errors": [{"message": "bad line", "count": 2}], "outputs": null,
         "status": "%s", "created_at": 1717000000, "total_requests": 10,
         "completed_requests": 4, "succeeded_requests": 3, "failed_requests": 1,
         "started_at": 1717000010, "completed_at": null}
        """
        .formatted(JOB_ID, INPUT_ID, status.equals("SUCCESS") ? "\"out-1\"" : "null", status);
  }

  private final MistralClient client = server.client();
  private final BatchApi batch =
      client.batch().withPollingBackoff(PollingBackoff.fixed(Duration.ofMillis(20)));

  @Test
  void createsAJobWithTheExactBody() {
    server.stubFor(post("/v1/batch/jobs").willReturn(okJson(job("QUEUED"))));

    BatchJob created =
        batch.create(
            BatchJobRequest.builder()
                .addInputFile(INPUT_ID)
                .endpoint(ApiEndpoint.CHAT_COMPLETIONS)
                .model("mistral-small-latest")
                .metadata("team", "search")
                .timeoutHours(6)
                .build());

    assertThat(created.id()).isEqualTo(JOB_ID);
    assertThat(created.status()).isEqualTo(JobStatus.QUEUED);
    assertThat(created.endpoint()).isEqualTo(ApiEndpoint.CHAT_COMPLETIONS);
    assertThat(created.errors()).containsExactly(new BatchError("bad line", 2));
    assertThat(created.metadata()).isEqualTo(Map.of("team", "search"));
    assertThat(created.totalRequests()).isEqualTo(10L);
    server.verify(
        postRequestedFor(urlEqualTo("/v1/batch/jobs"))
            .withHeader("Authorization", equalTo("Bearer " + API_KEY))
            .withHeader("Content-Type", containing("application/json"))
            .withRequestBody(
                equalToJson(
                    """
                    {"input_files": ["%s"], "endpoint": "/v1/chat/completions",
                     "model": "mistral-small-latest", "metadata": {"team": "search"},
                     "timeout_hours": 6}
                    """
                        .formatted(INPUT_ID))));
  }

  @Test
  void createsAJobWithInlineRequests() {
    server.stubFor(post("/v1/batch/jobs").willReturn(okJson(job("QUEUED"))));

    batch.create(
        BatchJobRequest.builder()
            .endpoint(ApiEndpoint.EMBEDDINGS)
            .model("mistral-embed")
            .requests(List.of(BatchRequest.of("a", Map.of("input", "hello"))))
            .build());

    server.verify(
        postRequestedFor(urlEqualTo("/v1/batch/jobs"))
            .withRequestBody(
                equalToJson(
                    """
                    {"requests": [{"custom_id": "a", "body": {"input": "hello"}}],
                     "endpoint": "/v1/embeddings", "model": "mistral-embed"}
                    """)));
  }

  @Test
  void listsWithEveryFilterAsQueryParameters() {
    server.stubFor(
        get(urlPathEqualTo("/v1/batch/jobs"))
            .willReturn(
                okJson(
                    "{\"data\": [" + job("RUNNING") + "], \"object\": \"list\", \"total\": 1}")));

    Page<BatchJob> page =
        batch.list(
            BatchJobListQuery.builder()
                .page(0)
                .pageSize(20)
                .model("mistral-small-latest")
                .agentId("ag-1")
                .createdAfter(OffsetDateTime.of(2024, 5, 1, 0, 0, 0, 0, ZoneOffset.UTC))
                .createdByMe(true)
                .statuses(JobStatus.RUNNING, JobStatus.QUEUED)
                .oldestFirst(true)
                .build());

    assertThat(page.data()).extracting(BatchJob::id).containsExactly(JOB_ID);
    server.verify(
        getRequestedFor(urlPathEqualTo("/v1/batch/jobs"))
            .withQueryParam("page", equalTo("0"))
            .withQueryParam("page_size", equalTo("20"))
            .withQueryParam("model", equalTo("mistral-small-latest"))
            .withQueryParam("agent_id", equalTo("ag-1"))
            .withQueryParam("created_after", equalTo("2024-05-01T00:00:00Z"))
            .withQueryParam("created_by_me", equalTo("true"))
            .withQueryParam("status", havingExactly("RUNNING", "QUEUED"))
            .withQueryParam("order_by", equalTo("created")));
  }

  @Test
  void sendsEachMetadataEntryAsAQueryParameterOfItsOwn() {
    server.stubFor(
        get(urlPathEqualTo("/v1/batch/jobs"))
            .willReturn(okJson("{\"data\": [], \"object\": \"list\", \"total\": 0}")));
    Map<String, String> metadata = new LinkedHashMap<>();
    metadata.put("team", "search");
    metadata.put("run", "nightly 2/3 & more");

    batch.list(
        BatchJobListQuery.builder()
            .page(0)
            .model("mistral-small-latest")
            .metadata(metadata)
            .statuses(JobStatus.RUNNING)
            .build());

    // Form style, exploded (the spec's default for this object parameter, as the official SDKs
    // send it): no "metadata=" and no JSON, each entry percent-encoded where the spec lists it.
    server.verify(
        getRequestedFor(
            urlEqualTo(
                "/v1/batch/jobs?page=0&model=mistral-small-latest&team=search"
                    + "&run=nightly%202%2F3%20%26%20more&status=RUNNING")));
  }

  @Test
  void refusesMetadataKeysTheListingCannotSend() {
    assertThatThrownBy(() -> BatchJobListQuery.builder().metadata(Map.of("status", "x")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'status'")
        .hasMessageContaining("parameter of the batch job listing");
    assertThatThrownBy(() -> BatchJobListQuery.builder().metadata(Map.of("", "x")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must not be empty");
    Map<String, String> withNull = new LinkedHashMap<>();
    withNull.put("team", null);
    assertThatThrownBy(() -> BatchJobListQuery.builder().metadata(withNull).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'team' is null");
    server.verify(0, getRequestedFor(urlPathEqualTo("/v1/batch/jobs")));
  }

  @Test
  void listAllVisitsEveryPage() {
    for (int page = 0; page < 3; page++) {
      server.stubFor(
          get(urlPathEqualTo("/v1/batch/jobs"))
              .withQueryParam("page", equalTo(Integer.toString(page)))
              .willReturn(
                  okJson(
                      "{\"data\": ["
                          + (page < 2 ? job("SUCCESS").replace(JOB_ID, "b" + page) : "")
                          + "], \"object\": \"list\", \"total\": 99}")));
    }

    assertThat(batch.listAll(BatchJobListQuery.builder().pageSize(1).build()).map(BatchJob::id))
        .containsExactly("b0", "b1");
    // The total overstates: the empty third page ends the listing.
    server.verify(3, getRequestedFor(urlPathEqualTo("/v1/batch/jobs")));
  }

  @Test
  void retrievesInlineAndCancels() {
    server.stubFor(
        get(urlPathEqualTo("/v1/batch/jobs/" + JOB_ID))
            .willReturn(
                okJson(
                    job("SUCCESS")
                        .replace(
                            "\"outputs\": null",
                            "\"outputs\": [{\"custom_id\": \"a\", \"response\": {}}]"))));
    server.stubFor(
        post("/v1/batch/jobs/" + JOB_ID + "/cancel")
            .willReturn(okJson(job("CANCELLATION_REQUESTED"))));

    BatchJob done = batch.retrieve(JOB_ID, true);
    assertThat(done.outputFile()).isEqualTo("out-1");
    assertThat(done.outputs()).hasSize(1);
    assertThat(batch.retrieve(JOB_ID).status()).isEqualTo(JobStatus.SUCCESS);
    assertThat(batch.cancel(JOB_ID).status()).isEqualTo(JobStatus.CANCELLATION_REQUESTED);

    server.verify(getRequestedFor(urlEqualTo("/v1/batch/jobs/" + JOB_ID + "?inline=true")));
    server.verify(getRequestedFor(urlEqualTo("/v1/batch/jobs/" + JOB_ID)));
    server.verify(postRequestedFor(urlEqualTo("/v1/batch/jobs/" + JOB_ID + "/cancel")));
  }

  @Test
  void awaitCompletionFollowsTheJobToSuccessAndTimesOutOnOneThatNeverEnds() {
    String[] statuses = {"QUEUED", "RUNNING", "SUCCESS"};
    for (int i = 0; i < statuses.length; i++) {
      server.stubFor(
          get("/v1/batch/jobs/" + JOB_ID)
              .inScenario("batch")
              .whenScenarioStateIs(i == 0 ? STARTED : statuses[i - 1])
              .willSetStateTo(statuses[i])
              .willReturn(okJson(job(statuses[i]))));
    }
    BatchJob done = batch.awaitCompletion(JOB_ID, Duration.ofSeconds(10));
    assertThat(done.status()).isEqualTo(JobStatus.SUCCESS);
    assertThat(done.outputFile()).isEqualTo("out-1");

    server.stubFor(get("/v1/batch/jobs/stuck").willReturn(okJson(job("QUEUED"))));
    long start = System.nanoTime();
    assertThatThrownBy(() -> batch.awaitCompletion("stuck", Duration.ofMillis(1500)))
        .isInstanceOfSatisfying(
            JobTimeoutException.class,
            timeout -> assertThat(timeout.lastStatus()).isEqualTo(JobStatus.QUEUED));
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
  }
}
