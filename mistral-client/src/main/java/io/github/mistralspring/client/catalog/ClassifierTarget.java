package io.github.mistralspring.client.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A target a classifier learns: its name and labels, as named in the training data.
 *
 * <p>The specification names it {@code ClassifierTargetIn} and {@code ClassifierTargetOut}.
 *
 * @param name the target's name, a key of {@code labels} in the training data
 * @param labels the target's labels
 * @param weight the target's weight; null for 1.0
 * @param lossFunction the loss function; null for the API's default
 */
public record ClassifierTarget(
    String name,
    List<String> labels,
    @Nullable Double weight,
    @JsonProperty("loss_function") @Nullable ClassifierLossFunction lossFunction) {

  /**
   * Checks the name and copies the labels; absent labels read as none.
   *
   * @param name the target's name, a key of {@code labels} in the training data
   * @param labels the target's labels
   * @param weight the target's weight; null for 1.0
   * @param lossFunction the loss function; null for the API's default
   */
  public ClassifierTarget {
    Objects.requireNonNull(name, "name");
    labels = labels == null ? List.of() : List.copyOf(labels);
  }

  /**
   * A target with its labels and default weight and loss.
   *
   * @param name the target's name, a key of {@code labels} in the training data
   * @param labels the target's labels
   * @return the target, with weight 1.0 and the API's default loss function
   */
  public static ClassifierTarget of(String name, List<String> labels) {
    return new ClassifierTarget(name, labels, null, null);
  }
}
