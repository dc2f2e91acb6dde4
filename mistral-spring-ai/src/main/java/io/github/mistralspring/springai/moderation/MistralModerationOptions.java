package io.github.mistralspring.springai.moderation;

import java.util.Objects;
import org.springframework.ai.moderation.ModerationOptions;

/** The options of a {@link MistralModerationModel} call: the moderation model. */
public final class MistralModerationOptions implements ModerationOptions {

  /** The moderation model when none is set. */
  public static final String DEFAULT_MODEL = "mistral-moderation-latest";

  private final String model;

  private MistralModerationOptions(String model) {
    this.model = model;
  }

  /**
   * Returns options naming this model.
   *
   * @param model a moderation model such as {@value #DEFAULT_MODEL}, or null to leave it to the
   *     model's default options
   * @return the options
   */
  public static MistralModerationOptions of(String model) {
    return new MistralModerationOptions(model);
  }

  /** The moderation model, such as {@code mistral-moderation-latest}. */
  @Override
  public String getModel() {
    return model;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof MistralModerationOptions that && Objects.equals(model, that.model);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(model);
  }

  @Override
  public String toString() {
    return "MistralModerationOptions[model=" + model + "]";
  }
}
