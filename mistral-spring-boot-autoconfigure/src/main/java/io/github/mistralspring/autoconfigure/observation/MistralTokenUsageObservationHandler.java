package io.github.mistralspring.autoconfigure.observation;

import io.github.mistralspring.client.model.UsageInfo;
import io.github.mistralspring.client.observation.MistralObservationContext;
import io.micrometer.common.KeyValue;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import java.util.ArrayList;
import java.util.List;

/**
 * Records the tokens each Mistral call used as the {@value #METER} distribution summary, tagged
 * {@code gen_ai.token.type} = {@code input} or {@code output} beside the observation's
 * low-cardinality tags.
 */
public class MistralTokenUsageObservationHandler
    implements ObservationHandler<MistralObservationContext> {

  /** The name of the meter. */
  public static final String METER = "gen_ai.client.token.usage";

  private final MeterRegistry meterRegistry;

  /**
   * Creates the handler.
   *
   * @param meterRegistry the registry the {@value #METER} summaries are registered in
   */
  public MistralTokenUsageObservationHandler(MeterRegistry meterRegistry) {
    this.meterRegistry = meterRegistry;
  }

  @Override
  public void onStop(MistralObservationContext context) {
    UsageInfo usage = context.getUsage();
    if (usage == null) {
      return;
    }
    List<Tag> tags = new ArrayList<>();
    for (KeyValue keyValue : context.getLowCardinalityKeyValues()) {
      tags.add(Tag.of(keyValue.getKey(), keyValue.getValue()));
    }
    record(Tags.of(tags), "input", usage.promptTokens());
    record(Tags.of(tags), "output", usage.completionTokens());
  }

  private void record(Tags tags, String type, Integer tokens) {
    if (tokens == null) {
      return;
    }
    DistributionSummary.builder(METER)
        .description("Tokens used by calls to the Mistral AI API")
        .baseUnit("tokens")
        .tags(tags)
        .tag("gen_ai.token.type", type)
        .register(meterRegistry)
        .record(tokens);
  }

  @Override
  public boolean supportsContext(Observation.Context context) {
    return context instanceof MistralObservationContext;
  }
}
