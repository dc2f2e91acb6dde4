package io.github.mistralspring.client.observation;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * Names the observation of a Mistral API call and its tags; implement it (or extend {@link
 * DefaultMistralObservationConvention}) to replace the default.
 */
public interface MistralObservationConvention
    extends ObservationConvention<MistralObservationContext> {

  @Override
  default boolean supportsContext(Observation.Context context) {
    return context instanceof MistralObservationContext;
  }
}
