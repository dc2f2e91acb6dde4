package io.github.mistralspring.test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Fine-tuning and batch jobs in memory. A job moves through its statuses (fine-tuning: QUEUED,
 * VALIDATING, RUNNING, SUCCESS, or VALIDATED until started when {@code auto_start} is false; batch:
 * QUEUED, RUNNING, SUCCESS; a cancelled job: CANCELLATION_REQUESTED, CANCELLED) one step at a time:
 *
 * <ul>
 *   <li>each time it is retrieved, unless {@link Pace#onRetrieve} is off, so a test's polling loop
 *       ends quickly and always the same way;
 *   <li>and, when {@link Pace#every} is set, once each time that much time has passed since its
 *       last step. Time is looked at lazily, when the job is retrieved or listed; no thread runs.
 * </ul>
 */
final class Jobs {

  /**
   * How jobs advance; shared by the server across resets and read at each look at a job.
   * Package-private fields, set through {@link MockMistralServer}.
   */
  static final class Pace {
    volatile boolean onRetrieve = true;
    volatile Duration every;
    volatile LongSupplier nanoClock = System::nanoTime;
  }

  private final Pace pace;
  private final Map<String, Long> lastStep = new ConcurrentHashMap<>();

  private final Map<String, ObjectNode> fineTuning = new ConcurrentHashMap<>();
  private final Map<String, ObjectNode> batches = new ConcurrentHashMap<>();
  private final AtomicLong sequence = new AtomicLong();

  /** Creation order, so that lists are newest first even within one second. */
  private final Map<String, Long> order = new ConcurrentHashMap<>();

  private final FilesStore files;
  private final ModelCatalog models;
  private final Seeds seeds;
  private final Completions completions;

  Jobs(FilesStore files, ModelCatalog models, Pace pace, Seeds seeds, Completions completions) {
    this.files = files;
    this.models = models;
    this.pace = pace;
    this.seeds = seeds;
    this.completions = completions;
  }

  /**
   * Moves a job on: one step per {@link Pace#every} elapsed since its last step, then one more when
   * it is being retrieved. {@code advance} takes one step and says whether the job moved. Call with
   * the job's lock held.
   */
  private void progress(ObjectNode job, boolean retrieved, Predicate<ObjectNode> advance) {
    String id = Json.text(job, "id");
    long now = pace.nanoClock.getAsLong();
    long last = lastStep.computeIfAbsent(id, key -> now);
    Duration every = pace.every;
    if (every != null && !every.isZero() && !every.isNegative()) {
      long step = every.toNanos();
      long due = (now - last) / step;
      long taken = 0;
      while (taken < due && advance.test(job)) {
        taken++;
      }
      // Keep the rhythm while moving; a job that stopped (ended, or waits) starts afresh later.
      lastStep.put(id, taken == due ? last + due * step : now);
    }
    if (retrieved && pace.onRetrieve && advance.test(job)) {
      lastStep.put(id, now);
    }
  }

  /** Restarts a job's clock, when something other than time moved it. */
  private void stepped(ObjectNode job) {
    lastStep.put(Json.text(job, "id"), pace.nanoClock.getAsLong());
  }

  // ---- fine-tuning

  Reply createFineTuning(ApiCall call) {
    Reply invalid = call.require("model", "hyperparameters");
    if (invalid == null) {
      invalid = call.requireKnownModel(Json.text(call.body(), "model"));
    }
    if (invalid != null) {
      return invalid;
    }
    JsonNode body = call.body();
    long now = now();
    List<String> trainingFiles = new ArrayList<>();
    body.path("training_files")
        .forEach(
            file ->
                trainingFiles.add(
                    Json.text(file, "file_id", file.isString() ? file.stringValue() : "")));
    int trainTokens = 0;
    for (String fileId : trainingFiles) {
      FilesStore.StoredFile file = files.get(fileId);
      if (file == null) {
        return Reply.notFound("File " + fileId + " not found");
      }
      trainTokens += Completions.estimateTokens(new String(file.content(), StandardCharsets.UTF_8));
    }
    if ("true".equals(call.query("dry_run"))) {
      ObjectNode metadata = metadata(trainTokens);
      metadata.put("object", "job.metadata");
      return Reply.ok(metadata);
    }
    ObjectNode job = Json.object();
    String id = seeds.uuid();
    order.put(id, sequence.incrementAndGet());
    job.put("id", id);
    job.put("auto_start", Json.bool(body, "auto_start", true));
    job.put("model", Json.text(body, "model"));
    job.put("status", "QUEUED");
    job.put("created_at", now);
    job.put("modified_at", now);
    job.set("training_files", Json.strings(trainingFiles));
    job.set(
        "validation_files",
        body.has("validation_files") ? body.get("validation_files") : Json.array());
    job.put("object", "job");
    job.putNull("fine_tuned_model");
    job.put("suffix", Json.text(body, "suffix"));
    job.set("integrations", body.has("integrations") ? body.get("integrations") : Json.array());
    job.putNull("trained_tokens");
    job.set("metadata", metadata(trainTokens));
    String jobType = Json.text(body, "job_type", "completion");
    job.put("job_type", jobType);
    ObjectNode hyperparameters = ((ObjectNode) body.get("hyperparameters")).deepCopy();
    if (!hyperparameters.has("learning_rate")) {
      hyperparameters.put("learning_rate", 0.0001);
    }
    job.set("hyperparameters", hyperparameters);
    job.putArray("repositories");
    job.putArray("events");
    if (body.has("classifier_targets")) {
      job.set("classifier_targets", body.get("classifier_targets"));
    }
    event(job, "QUEUED");
    stepped(job);
    fineTuning.put(id, job);
    return Reply.ok(summary(job));
  }

  Reply listFineTuning(ApiCall call) {
    String status = call.query("status");
    String model = call.query("model");
    return Reply.ok(
        page(
            fineTuning.values().stream()
                .map(job -> observe(job, this::advanceFineTuning))
                .filter(job -> status == null || status.equals(Json.text(job, "status")))
                .filter(job -> model == null || model.equals(Json.text(job, "model")))
                .map(this::summary)
                .toList(),
            call));
  }

  Reply getFineTuning(String id) {
    ObjectNode job = fineTuning.get(id);
    if (job == null) {
      return Reply.notFound("Job " + id + " not found");
    }
    synchronized (job) {
      progress(job, true, this::advanceFineTuning);
      return Reply.ok(job.deepCopy());
    }
  }

  Reply startFineTuning(String id) {
    ObjectNode job = fineTuning.get(id);
    if (job == null) {
      return Reply.notFound("Job " + id + " not found");
    }
    synchronized (job) {
      job.put("auto_start", true);
      if ("VALIDATED".equals(Json.text(job, "status"))) {
        setStatus(job, "QUEUED");
        stepped(job);
      }
      return Reply.ok(job.deepCopy());
    }
  }

  Reply cancelFineTuning(String id) {
    ObjectNode job = fineTuning.get(id);
    if (job == null) {
      return Reply.notFound("Job " + id + " not found");
    }
    synchronized (job) {
      if (!List.of("SUCCESS", "FAILED", "CANCELLED").contains(Json.text(job, "status"))) {
        setStatus(job, "CANCELLATION_REQUESTED");
        stepped(job);
      }
      return Reply.ok(job.deepCopy());
    }
  }

  private boolean advanceFineTuning(ObjectNode job) {
    String next =
        switch (Json.text(job, "status")) {
          case "QUEUED" -> job.has("validated") ? "RUNNING" : "VALIDATING";
          case "VALIDATING" -> Json.bool(job, "auto_start", true) ? "RUNNING" : "VALIDATED";
          case "RUNNING" -> "SUCCESS";
          case "CANCELLATION_REQUESTED" -> "CANCELLED";
          default -> null;
        };
    if ("VALIDATING".equals(Json.text(job, "status"))) {
      job.put("validated", true);
    }
    if (next == null) {
      return false;
    }
    setStatus(job, next);
    if ("SUCCESS".equals(next)) {
      String root = Json.text(job, "model");
      String suffix = Json.text(job, "suffix", "sim");
      String model =
          "ft:"
              + root
              + ":"
              + Json.text(job, "id").substring(0, 8)
              + ":"
              + suffix
              + ":"
              + String.format("%016x", Hashing.fnv(Json.text(job, "id"))).substring(0, 8);
      job.put("fine_tuned_model", model);
      job.put("trained_tokens", job.path("metadata").path("train_tokens").asLong(0));
      models.addFineTuned(model, root, Json.text(job, "id"));
      ObjectNode checkpoint = job.putArray("checkpoints").addObject();
      ObjectNode metrics = checkpoint.putObject("metrics");
      metrics.put("train_loss", 0.42);
      metrics.put("valid_loss", 0.51);
      metrics.put("valid_mean_token_accuracy", 0.87);
      checkpoint.put("step_number", 10);
      checkpoint.put("created_at", now());
    }
    return true;
  }

  /** A job moved on by the time elapsed, as a listing sees it. */
  private ObjectNode observe(ObjectNode job, Predicate<ObjectNode> advance) {
    synchronized (job) {
      progress(job, false, advance);
      return job.deepCopy();
    }
  }

  private ObjectNode summary(ObjectNode job) {
    ObjectNode copy = job.deepCopy();
    copy.remove("events");
    copy.remove("checkpoints");
    copy.remove("validated");
    return copy;
  }

  private static ObjectNode metadata(int trainTokens) {
    ObjectNode metadata = Json.object();
    metadata.put("expected_duration_seconds", 120);
    metadata.put("cost", Math.round(trainTokens * 0.000004 * 100) / 100.0);
    metadata.put("cost_currency", "EUR");
    metadata.put("train_tokens_per_step", 131072);
    metadata.put("train_tokens", trainTokens);
    metadata.put("data_tokens", trainTokens);
    metadata.putNull("estimated_start_time");
    return metadata;
  }

  // ---- batch

  Reply createBatch(ApiCall call) {
    Reply invalid = call.require("endpoint");
    if (invalid == null) {
      invalid = call.requireKnownModel(Json.text(call.body(), "model"));
    }
    if (invalid != null) {
      return invalid;
    }
    JsonNode body = call.body();
    List<String> inputFiles = Json.stringList(body.get("input_files"));
    int total = body.path("requests").size();
    for (String fileId : inputFiles) {
      FilesStore.StoredFile file = files.get(fileId);
      if (file == null) {
        return Reply.notFound("File " + fileId + " not found");
      }
      total += FilesStore.lines(file.content()).size();
    }
    String id = seeds.uuid();
    order.put(id, sequence.incrementAndGet());
    ObjectNode job = Json.object();
    job.put("id", id);
    job.put("object", "batch");
    job.set("input_files", Json.strings(inputFiles));
    job.set("metadata", body.get("metadata"));
    job.put("endpoint", Json.text(body, "endpoint"));
    job.put("model", Json.text(body, "model"));
    job.put("agent_id", Json.text(body, "agent_id"));
    job.putNull("output_file");
    job.putNull("error_file");
    job.putArray("errors");
    job.putNull("outputs");
    job.put("status", "QUEUED");
    job.put("created_at", now());
    job.put("total_requests", total);
    job.put("completed_requests", 0);
    job.put("succeeded_requests", 0);
    job.put("failed_requests", 0);
    job.putNull("started_at");
    job.putNull("completed_at");
    if (body.has("requests")) {
      job.set("_requests", body.get("requests"));
    }
    stepped(job);
    batches.put(id, job);
    return Reply.ok(visible(job));
  }

  Reply listBatches(ApiCall call) {
    String status = call.query("status");
    return Reply.ok(
        page(
            batches.values().stream()
                .map(job -> observe(job, this::advanceBatch))
                .filter(job -> status == null || status.equals(Json.text(job, "status")))
                .map(Jobs::visible)
                .toList(),
            call));
  }

  Reply getBatch(String id) {
    ObjectNode job = batches.get(id);
    if (job == null) {
      return Reply.notFound("Batch job " + id + " not found");
    }
    synchronized (job) {
      progress(job, true, this::advanceBatch);
      return Reply.ok(visible(job));
    }
  }

  private boolean advanceBatch(ObjectNode job) {
    String next =
        switch (Json.text(job, "status")) {
          case "QUEUED" -> "RUNNING";
          case "RUNNING" -> "SUCCESS";
          case "CANCELLATION_REQUESTED" -> "CANCELLED";
          default -> null;
        };
    if (next == null) {
      return false;
    }
    if ("RUNNING".equals(next)) {
      job.put("started_at", now());
    }
    job.put("status", next);
    if ("SUCCESS".equals(next)) {
      finishBatch(job);
    }
    return true;
  }

  Reply cancelBatch(String id) {
    ObjectNode job = batches.get(id);
    if (job == null) {
      return Reply.notFound("Batch job " + id + " not found");
    }
    synchronized (job) {
      if (List.of("QUEUED", "RUNNING").contains(Json.text(job, "status"))) {
        job.put("status", "CANCELLATION_REQUESTED");
        stepped(job);
      }
      return Reply.ok(visible(job));
    }
  }

  /** Answers every request of the batch and writes the results file, one JSON line each. */
  private void finishBatch(ObjectNode job) {
    List<JsonNode> requests = new ArrayList<>();
    for (JsonNode fileId : job.path("input_files")) {
      FilesStore.StoredFile file = files.get(fileId.asString());
      if (file != null) {
        FilesStore.lines(file.content()).forEach(line -> requests.add(Json.parse(line)));
      }
    }
    job.path("_requests").forEach(requests::add);
    StringBuilder output = new StringBuilder();
    String model = Json.text(job, "model", "mistral-small-latest");
    int index = 0;
    for (JsonNode request : requests) {
      JsonNode body = request == null ? Json.object() : request.path("body");
      String customId =
          request == null ? null : Json.text(request, "custom_id", Integer.toString(index));
      ObjectNode line = Json.object();
      line.put("id", "batch-" + seeds.hex(8) + "-" + Json.text(job, "id").substring(0, 8));
      line.put("custom_id", customId);
      ObjectNode response = line.putObject("response");
      response.put("status_code", 200);
      String messagesModel = Json.text(body, "model", model);
      Completions.Generation generation =
          completions.chat(body, body.get("messages"), messagesModel, null);
      response.set("body", Completions.response(seeds.hex(32), now(), messagesModel, generation));
      line.putNull("error");
      output.append(Json.write(line)).append('\n');
      index++;
    }
    ObjectNode file =
        files.store(
            Json.text(job, "id") + ".jsonl",
            "batch",
            output.toString().getBytes(StandardCharsets.UTF_8),
            "application/jsonl",
            "mistral");
    job.put("output_file", Json.text(file, "id"));
    job.put("completed_requests", index);
    job.put("succeeded_requests", index);
    job.put("completed_at", now());
  }

  private static ObjectNode visible(ObjectNode job) {
    ObjectNode copy = job.deepCopy();
    copy.remove("_requests");
    return copy;
  }

  /** A page of jobs, newest first, as the API lists them. */
  private ObjectNode page(List<ObjectNode> jobs, ApiCall call) {
    int page = call.queryInt("page", 0);
    int pageSize = call.queryInt("page_size", 100);
    ObjectNode list = Json.object();
    ArrayNode data = list.putArray("data");
    jobs.stream()
        .sorted(
            Comparator.comparing((ObjectNode job) -> order.getOrDefault(Json.text(job, "id"), 0L))
                .reversed())
        .skip((long) page * pageSize)
        .limit(pageSize)
        .forEach(data::add);
    list.put("object", "list");
    list.put("total", jobs.size());
    return list;
  }

  private void setStatus(ObjectNode job, String status) {
    job.put("status", status);
    job.put("modified_at", now());
    event(job, status);
  }

  private void event(ObjectNode job, String status) {
    ObjectNode event = ((ArrayNode) job.get("events")).addObject();
    event.put("name", "status-updated");
    event.putObject("data").put("status", status);
    event.put("created_at", now());
  }

  private long now() {
    return seeds.nowSeconds();
  }
}
