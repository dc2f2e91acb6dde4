package io.github.mistralspring.client.internal.groups;

import io.github.mistralspring.client.error.MistralResponseParseException;
import io.github.mistralspring.client.finetuning.FineTuningJob;
import io.github.mistralspring.client.finetuning.FineTuningJobCreateResult;
import io.github.mistralspring.client.finetuning.FineTuningJobEstimate;
import io.github.mistralspring.client.finetuning.FineTuningJobListQuery;
import io.github.mistralspring.client.finetuning.FineTuningJobRequest;
import io.github.mistralspring.client.finetuning.ReactiveFineTuningApi;
import io.github.mistralspring.client.internal.Calls;
import io.github.mistralspring.client.internal.JobPolling;
import io.github.mistralspring.client.internal.MistralRequest;
import io.github.mistralspring.client.internal.Pages;
import io.github.mistralspring.client.jobs.PollingBackoff;
import io.github.mistralspring.client.json.MistralJson;
import io.github.mistralspring.client.paging.Page;
import java.time.Duration;
import java.util.Objects;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;

/** The reactive fine-tuning group. */
// Implements the deprecated API for as long as it is offered.
@SuppressWarnings("deprecation")
public final class DefaultReactiveFineTuningApi extends CallsGroup<ReactiveFineTuningApi>
    implements ReactiveFineTuningApi {

  private static final TypeReference<Page<FineTuningJob>> PAGE = new TypeReference<>() {};

  private final PollingBackoff backoff;

  /** The group on a client's calls, polling with the default backoff. */
  public DefaultReactiveFineTuningApi(Calls calls) {
    this(calls, PollingBackoff.DEFAULT);
  }

  private DefaultReactiveFineTuningApi(Calls calls, PollingBackoff backoff) {
    super(calls, other -> new DefaultReactiveFineTuningApi(other, backoff));
    this.backoff = backoff;
  }

  @Override
  public ReactiveFineTuningApi withPollingBackoff(PollingBackoff backoff) {
    return new DefaultReactiveFineTuningApi(calls, Objects.requireNonNull(backoff, "backoff"));
  }

  @Override
  public Mono<Page<FineTuningJob>> list() {
    return list(FineTuningJobListQuery.ALL);
  }

  @Override
  public Mono<Page<FineTuningJob>> list(FineTuningJobListQuery query) {
    Objects.requireNonNull(query, "query");
    return calls.exchange(MistralRequest.of(LIST).query(query.queryParameters()), PAGE);
  }

  @Override
  public Flux<FineTuningJob> listAll(FineTuningJobListQuery query) {
    return Pages.flux(query, FineTuningJob::id, this::list);
  }

  @Override
  public Mono<FineTuningJob> create(FineTuningJobRequest request) {
    return create(request, false)
        .flatMap(
            result ->
                result instanceof FineTuningJob job
                    ? Mono.just(job)
                    : Mono.error(
                        new MistralResponseParseException(
                            "Creating a fine-tuning job answered with estimates, not a job",
                            200,
                            String.valueOf(result),
                            null)));
  }

  @Override
  public Mono<FineTuningJobCreateResult> create(FineTuningJobRequest request, boolean dryRun) {
    Objects.requireNonNull(request, "request");
    return calls
        .exchange(
            MistralRequest.of(CREATE, request)
                .model(request.model())
                .query("dry_run", dryRun ? Boolean.TRUE : null),
            JsonNode.class)
        .map(DefaultReactiveFineTuningApi::createResult);
  }

  @Override
  public Mono<FineTuningJobCreateResult> dryRun(FineTuningJobRequest request) {
    return create(request, true);
  }

  /** Tells a job from dry-run estimates: a job has a {@code job_type} or is {@code object: job}. */
  static FineTuningJobCreateResult createResult(JsonNode node) {
    boolean job =
        node.has("job_type") || (node.has("object") && "job".equals(node.get("object").asString()));
    Class<? extends FineTuningJobCreateResult> type =
        job ? FineTuningJob.class : FineTuningJobEstimate.class;
    try {
      return MistralJson.mapper().treeToValue(node, type);
    } catch (JacksonException failure) {
      throw new MistralResponseParseException(
          "Could not read the response to POST "
              + CREATE.path()
              + " as "
              + type.getSimpleName()
              + ": "
              + failure.getOriginalMessage(),
          200,
          node.toString(),
          failure);
    }
  }

  @Override
  public Mono<FineTuningJob> retrieve(String jobId) {
    return calls.exchange(
        MistralRequest.of(RETRIEVE).pathVariables(Ids.require(jobId, "jobId")),
        FineTuningJob.class);
  }

  @Override
  public Mono<FineTuningJob> cancel(String jobId) {
    return calls.exchange(
        MistralRequest.of(CANCEL).pathVariables(Ids.require(jobId, "jobId")), FineTuningJob.class);
  }

  @Override
  public Mono<FineTuningJob> start(String jobId) {
    return calls.exchange(
        MistralRequest.of(START).pathVariables(Ids.require(jobId, "jobId")), FineTuningJob.class);
  }

  @Override
  public Mono<FineTuningJob> awaitCompletion(String jobId, Duration timeout) {
    Ids.require(jobId, "jobId");
    return JobPolling.awaitTerminal(
        jobId, () -> retrieve(jobId), FineTuningJob::status, timeout, backoff);
  }
}
