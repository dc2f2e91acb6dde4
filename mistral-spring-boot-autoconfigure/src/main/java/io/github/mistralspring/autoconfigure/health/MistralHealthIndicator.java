package io.github.mistralspring.autoconfigure.health;

import io.github.mistralspring.client.ClientSettings;
import io.github.mistralspring.client.ReactiveMistralClient;
import io.github.mistralspring.client.catalog.BaseModelCard;
import io.github.mistralspring.client.catalog.ModelCard;
import io.github.mistralspring.client.catalog.ModelList;
import io.github.mistralspring.client.error.MistralApiException;
import io.github.mistralspring.client.error.MistralAuthenticationException;
import io.github.mistralspring.client.error.MistralIoException;
import io.github.mistralspring.client.error.MistralPermissionDeniedException;
import io.github.mistralspring.client.error.MistralTimeoutException;
import io.github.mistralspring.client.observation.MistralObservations;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import reactor.core.publisher.Mono;

/**
 * Reports whether the Mistral API answers a client with its key, by listing the models: up with the
 * base URL, the number of models visible and the latency; down with the reason. The result is
 * reused for a while, and probes arriving while a check runs share it, so probes never hammer the
 * API. The key is never part of the details, and the checks are not observed, so they are not
 * counted as GenAI operations.
 */
public class MistralHealthIndicator implements ReactiveHealthIndicator {

  private static final Log logger = LogFactory.getLog(MistralHealthIndicator.class);

  private final ReactiveMistralClient client;
  private final String baseUrl;
  private final Duration timeout;
  private final Mono<Health> health;
  private final Set<String> deprecationsWarned = ConcurrentHashMap.newKeySet();

  /**
   * Creates the indicator.
   *
   * @param client the client to check
   * @param timeout the longest wait for the list of models
   * @param cacheTimeToLive how long a result is reused
   */
  public MistralHealthIndicator(
      ReactiveMistralClient client, Duration timeout, Duration cacheTimeToLive) {
    this.client = client;
    this.baseUrl = client.settings().baseUrl();
    this.timeout = timeout;
    this.health = Mono.defer(this::check).cache(cacheTimeToLive);
  }

  @Override
  public Mono<Health> health() {
    return health;
  }

  // Not observed: a probe is not a GenAI operation, and would otherwise fill the duration metric
  // and the traces with models.list calls nobody made.
  private Mono<Health> check() {
    long start = System.nanoTime();
    return client
        .models()
        .list()
        .contextWrite(MistralObservations.skip())
        .timeout(timeout)
        .map(models -> up(models, Duration.ofNanos(System.nanoTime() - start)))
        .onErrorResume(failure -> Mono.just(down(failure)));
  }

  private Health up(ModelList models, Duration latency) {
    warnOfDeprecatedDefaultModels(models);
    return Health.up()
        .withDetail("baseUrl", baseUrl)
        .withDetail("models", models.data().size())
        .withDetail("latency", latency.toMillis() + "ms")
        .build();
  }

  private Health down(Throwable failure) {
    Health.Builder builder = Health.down().withDetail("baseUrl", baseUrl);
    if (failure instanceof MistralApiException api) {
      builder.withDetail("status", api.statusCode());
    }
    return builder.withDetail("reason", reason(failure)).build();
  }

  // Reasons name the failure and what to check; exception messages are left out, as they may
  // quote response bodies.
  private String reason(Throwable failure) {
    if (failure instanceof MistralAuthenticationException) {
      return "The API key was rejected (401): it is invalid or revoked";
    }
    if (failure instanceof MistralPermissionDeniedException) {
      return "The API key may not list models (403)";
    }
    if (failure instanceof TimeoutException || failure instanceof MistralTimeoutException) {
      return "No answer within " + timeout;
    }
    if (failure instanceof MistralApiException api) {
      return api.statusCode() >= 500
          ? "The API failed with a server error (" + api.statusCode() + ")"
          : "The API answered with status " + api.statusCode();
    }
    if (failure instanceof MistralIoException) {
      return "Could not reach the API: " + failure.getMessage();
    }
    return "The check failed: " + failure.getClass().getSimpleName();
  }

  private void warnOfDeprecatedDefaultModels(ModelList models) {
    ClientSettings settings = client.settings();
    Set<String> configured =
        Stream.of(
                settings.defaultChatModel(),
                settings.defaultFimModel(),
                settings.defaultEmbeddingsModel(),
                settings.defaultModerationModel(),
                settings.defaultOcrModel())
            .filter(Objects::nonNull)
            .collect(Collectors.toUnmodifiableSet());
    if (configured.isEmpty()) {
      return;
    }
    for (ModelCard card : models.data()) {
      if (card instanceof BaseModelCard base
          && base.deprecation() != null
          && configured.contains(base.id())
          && deprecationsWarned.add(base.id())) {
        logger.warn(
            "The Mistral model "
                + base.id()
                + " configured as a default is deprecated from "
                + base.deprecation()
                + (base.deprecationReplacementModel() != null
                    ? "; its replacement is " + base.deprecationReplacementModel()
                    : ""));
      }
    }
  }
}
