package io.github.mistralspring.client.internal;

import io.github.mistralspring.client.observation.DefaultMistralObservationConvention;
import io.github.mistralspring.client.observation.MistralObservationContext;
import io.github.mistralspring.client.observation.MistralObservationDocumentation;
import io.github.mistralspring.client.observation.MistralObservations;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.context.ContextView;

/**
 * Micrometer observations of the transport's calls: the transport is the one place every call
 * passes, so every operation is observed without code of its own. With no registry (or one without
 * handlers) a call is returned as is.
 */
final class TransportObservations {

  /** The key under which Micrometer keeps the current observation in a Reactor context. */
  private static final String OBSERVATION_KEY = "micrometer.observation";

  // In a holder: its class initialisation loads the observation documentation, which a client that
  // is built and never called (or never observed) should not pay for at start-up.
  private static final class Defaults {
    static final DefaultMistralObservationConvention CONVENTION =
        new DefaultMistralObservationConvention();
  }

  private final TransportSettings settings;
  // Writes a request body as JSON, for observations that opted in to content.
  private final Function<Object, byte[]> encoder;

  TransportObservations(TransportSettings settings, Function<Object, byte[]> encoder) {
    this.settings = settings;
    this.encoder = encoder;
  }

  <T> Mono<T> observe(MistralRequest request, Mono<T> call) {
    if (settings.observationRegistry().isNoop()) {
      return call;
    }
    return Mono.deferContextual(
        view -> {
          if (MistralObservations.isSkipped(view)) {
            return call;
          }
          ObservedCall observed = startObservation(request, view);
          return call.doOnSuccess(
                  value -> {
                    observed.record(value);
                    observed.stop();
                  })
              .doOnError(observed::fail)
              .doOnCancel(observed::cancel)
              .contextWrite(context -> context.put(OBSERVATION_KEY, observed.observation));
        });
  }

  <T> Flux<T> observe(MistralRequest request, Flux<T> call) {
    if (settings.observationRegistry().isNoop()) {
      return call;
    }
    return Flux.deferContextual(
        view -> {
          if (MistralObservations.isSkipped(view)) {
            return call;
          }
          ObservedCall observed = startObservation(request, view);
          return call.doOnNext(observed::record)
              .doOnComplete(observed::stop)
              .doOnError(observed::fail)
              .doOnCancel(observed::cancel)
              .contextWrite(context -> context.put(OBSERVATION_KEY, observed.observation));
        });
  }

  private ObservedCall startObservation(MistralRequest request, ContextView view) {
    ObservationRegistry registry = settings.observationRegistry();
    MistralObservationContext context =
        new MistralObservationContext(
            request.operation(), settings.baseUrl(), settings.observeContent());
    Object body = request.body();
    context.setRequestModel(request.model());
    if (settings.observeContent() && body != null) {
      context.setPrompt(new String(encoder.apply(body), StandardCharsets.UTF_8));
    }
    Observation observation =
        MistralObservationDocumentation.CLIENT_OPERATION.observation(
            settings.observationConvention(), Defaults.CONVENTION, () -> context, registry);
    Observation parent = view.getOrDefault(OBSERVATION_KEY, registry.getCurrentObservation());
    observation.parentObservation(parent);
    observation.start();
    return new ObservedCall(request, observation, context);
  }

  /** One observed call; stopped exactly once, whichever of its ends comes first. */
  private static final class ObservedCall {

    private final MistralRequest request;
    private final Observation observation;
    private final MistralObservationContext context;
    private final AtomicBoolean stopped = new AtomicBoolean();

    ObservedCall(
        MistralRequest request, Observation observation, MistralObservationContext context) {
      this.request = request;
      this.observation = observation;
      this.context = context;
    }

    // What the value reports, as its operation reads it; a value of no reported type leaves the
    // context as it is (a file, a job, a completion that is empty).
    void record(@Nullable Object value) {
      ObservedValues values = value == null ? null : request.observed(value);
      if (values != null) {
        values.reportTo(context);
      }
    }

    void fail(Throwable failure) {
      if (stopped.compareAndSet(false, true)) {
        observation.error(failure);
        observation.stop();
      }
    }

    void cancel() {
      if (stopped.compareAndSet(false, true)) {
        context.setCancelled(true);
        observation.stop();
      }
    }

    void stop() {
      if (stopped.compareAndSet(false, true)) {
        observation.stop();
      }
    }
  }
}
