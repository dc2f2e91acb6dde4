package io.github.mistralspring.client.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One target of a fine-tuned classifier: what it labels and how.
 *
 * @param name the target's name, as it appears in classification results
 * @param labels the labels the target can give
 * @param weight the target's weight in training
 * @param lossFunction whether an input gets one label or several
 */
public record ClassifierTargetOut(
    String name,
    List<String> labels,
    Double weight,
    @JsonProperty("loss_function") FtClassifierLossFunction lossFunction) {}
