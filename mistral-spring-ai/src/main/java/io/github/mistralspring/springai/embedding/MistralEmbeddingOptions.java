package io.github.mistralspring.springai.embedding;

import java.util.Objects;
import org.springframework.ai.embedding.EmbeddingOptions;

/**
 * The options of a {@link MistralEmbeddingModel} call: the model and the dimension of the vectors
 * ({@code output_dimension}, which {@code codestral-embed} accepts). Unset (null) options take the
 * model's defaults.
 */
public final class MistralEmbeddingOptions implements EmbeddingOptions {

  private final String model;
  private final Integer dimensions;

  private MistralEmbeddingOptions(String model, Integer dimensions) {
    this.model = model;
    this.dimensions = dimensions;
  }

  /** {@return a builder with every option unset} */
  public static Builder builder() {
    return new Builder();
  }

  /** The embeddings model, such as {@code mistral-embed}. */
  @Override
  public String getModel() {
    return model;
  }

  /** The dimension of the vectors, or null for the model's own. */
  @Override
  public Integer getDimensions() {
    return dimensions;
  }

  /** Returns these options with every value the other options set laid over them. */
  MistralEmbeddingOptions merge(EmbeddingOptions other) {
    if (other == null) {
      return this;
    }
    return new MistralEmbeddingOptions(
        other.getModel() != null ? other.getModel() : model,
        other.getDimensions() != null ? other.getDimensions() : dimensions);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof MistralEmbeddingOptions that
        && Objects.equals(model, that.model)
        && Objects.equals(dimensions, that.dimensions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(model, dimensions);
  }

  @Override
  public String toString() {
    return "MistralEmbeddingOptions[model=" + model + ", dimensions=" + dimensions + "]";
  }

  /** Builds {@link MistralEmbeddingOptions}. */
  public static final class Builder implements EmbeddingOptions.Builder {

    private String model;
    private Integer dimensions;

    private Builder() {}

    @Override
    public Builder model(String model) {
      this.model = model;
      return this;
    }

    @Override
    public Builder dimensions(Integer dimensions) {
      if (dimensions != null && dimensions < 1) {
        throw new IllegalArgumentException("dimensions must be 1 or more, was " + dimensions);
      }
      this.dimensions = dimensions;
      return this;
    }

    @Override
    public MistralEmbeddingOptions build() {
      return new MistralEmbeddingOptions(model, dimensions);
    }
  }
}
