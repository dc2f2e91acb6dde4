package io.github.mistralspring.client.finetuning;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A fine-tuning job of a type this client reads whole, a {@link CompletionJob} or a {@link
 * ClassifierJob}: what both report, so that code can read either without telling them apart. Only
 * {@link #hyperparameters()} differs in kind, and each record narrows it to its own; what one type
 * alone has (a completion job's repositories, a classifier job's targets) stays on its record.
 *
 * <pre>{@code
 * if (job instanceof KnownJob known) {
 *   System.out.println(known.model() + ": " + known.trainingFiles());
 * }
 * }</pre>
 */
public sealed interface KnownJob extends FineTuningJob permits CompletionJob, ClassifierJob {

  /**
   * Whether the job starts by itself once its files are validated.
   *
   * @return true when it starts by itself; false when it waits for {@code start(jobId)}
   */
  Boolean autoStart();

  /**
   * The base model the job fine-tunes.
   *
   * @return the model's name, such as {@code open-mistral-7b}
   */
  String model();

  /**
   * When the job was created.
   *
   * @return the time in seconds since the epoch ({@code Instant.ofEpochSecond(createdAt())})
   */
  Long createdAt();

  /**
   * When the job last changed.
   *
   * @return the time in seconds since the epoch
   */
  Long modifiedAt();

  /**
   * The files the job trains on.
   *
   * @return the ids of the uploaded training files; never null
   */
  List<String> trainingFiles();

  /**
   * The files the job measures the model against as it trains.
   *
   * @return the ids of the uploaded validation files; empty when none
   */
  List<String> validationFiles();

  /**
   * The kind of object the API says this is.
   *
   * @return {@code job}; absent when the API did not send it
   */
  @Nullable String object();

  /**
   * The text added to the fine-tuned model's name.
   *
   * @return the suffix; absent when none was asked for
   */
  @Nullable String suffix();

  /**
   * The integrations that receive the job's metrics.
   *
   * @return the integrations enabled; empty when none
   */
  List<WandbIntegrationInfo> integrations();

  /**
   * How many tokens the job trained on.
   *
   * @return the count; absent until the API knows it
   */
  @Nullable Long trainedTokens();

  /**
   * The API's estimates for the job.
   *
   * @return the expected duration, cost and tokens; absent when the API gave none
   */
  @Nullable JobMetadata metadata();

  /**
   * The training parameters the job runs with.
   *
   * @return {@link CompletionTrainingParameters} for a completion job, {@link
   *     ClassifierTrainingParameters} for a classifier job
   */
  TrainingParameters hyperparameters();
}
