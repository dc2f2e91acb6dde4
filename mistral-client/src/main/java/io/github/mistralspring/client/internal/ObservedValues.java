package io.github.mistralspring.client.internal;

import io.github.mistralspring.client.model.FinishReason;
import io.github.mistralspring.client.model.UsageInfo;
import io.github.mistralspring.client.observation.MistralObservationContext;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What a response of the client, or one event of its stream, tells the call's observation. Each
 * operation says how its values are read, next to where it makes its call ({@link
 * MistralRequest#observed}), so that the response types carry nothing for the observation's sake
 * and the observation knows no response type.
 *
 * @param id the response's id, or null
 * @param model the model that answered, or null
 * @param usage the tokens used, or null (a stream usually sends them on its last event only)
 * @param finishReasons why generation stopped, one value per finished choice
 * @param outputText the generated text the value carries, or null
 */
public record ObservedValues(
    @Nullable String id,
    @Nullable String model,
    @Nullable UsageInfo usage,
    List<String> finishReasons,
    @Nullable String outputText) {

  /** The values, the finish reasons copied. */
  public ObservedValues {
    finishReasons = List.copyOf(finishReasons);
  }

  /** The finish reasons of choices, in order, those without one left out. */
  public static <C> List<String> finishReasons(
      List<C> choices, Function<? super C, @Nullable FinishReason> reason) {
    List<String> reasons = new ArrayList<>(1);
    for (C choice : choices) {
      FinishReason finished = reason.apply(choice);
      if (finished != null) {
        reasons.add(finished.value());
      }
    }
    return reasons;
  }

  /**
   * Reports the values to an observation: later values replace earlier ones, finish reasons and
   * generated text accumulate.
   */
  void reportTo(MistralObservationContext context) {
    if (id != null) {
      context.setResponseId(id);
    }
    if (model != null) {
      context.setResponseModel(model);
    }
    if (usage != null) {
      context.setUsage(usage);
    }
    finishReasons.forEach(context::addFinishReason);
    context.appendCompletion(outputText);
  }
}
