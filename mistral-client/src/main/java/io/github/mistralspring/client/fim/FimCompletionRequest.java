package io.github.mistralspring.client.fim;

import io.github.mistralspring.client.model.CompletionRequestBuilder;
import io.github.mistralspring.client.model.Stop;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A request to the fill-in-the-middle completions API; build one with {@link #builder()}.
 *
 * <p>Only {@code prompt} is required when building. The model may be left unset: the API group then
 * sends the client's default FIM model ({@code MistralClientBuilder.defaultFimModel(..)}, the
 * {@code mistral.fim.model} property) beside the request, and refuses to send one when neither
 * names a model. An unset (null) field is left out of the JSON so the API applies its default.
 */
@JsonDeserialize(as = FimCompletionRequestValue.class)
public sealed interface FimCompletionRequest permits FimCompletionRequestValue {

  /**
   * The model to use, e.g. {@code codestral-latest}.
   *
   * @return the model to use, e.g. {@code codestral-latest}
   */
  @Nullable String model();

  /**
   * The sampling temperature (0 to 1.5).
   *
   * @return the sampling temperature (0 to 1.5)
   */
  @Nullable Double temperature();

  /**
   * The nucleus sampling mass (0 to 1).
   *
   * @return the nucleus sampling mass (0 to 1)
   */
  @Nullable Double topP();

  /**
   * The most tokens to generate.
   *
   * @return the most tokens to generate
   */
  @Nullable Integer maxTokens();

  /**
   * The sequences that end generation, as one string or a list.
   *
   * @return the sequences that end generation, as one string or a list
   */
  @Nullable Stop stop();

  /**
   * The seed for sampling, for repeatable answers.
   *
   * @return the seed for sampling, for repeatable answers
   */
  @Nullable Long randomSeed();

  /**
   * Free-form metadata stored with the request.
   *
   * @return free-form metadata stored with the request
   */
  @Nullable Map<String, Object> metadata();

  /**
   * The text or code to complete.
   *
   * @return the text or code to complete
   */
  @Nullable String prompt();

  /**
   * The text or code after the gap; the model fills what is between prompt and suffix.
   *
   * @return the text or code after the gap; the model fills what is between prompt and suffix
   */
  @Nullable String suffix();

  /**
   * The fewest tokens to generate.
   *
   * @return the fewest tokens to generate
   */
  @Nullable Integer minTokens();

  /**
   * A key that lets requests sharing a prefix reuse the prompt cache.
   *
   * @return a key that lets requests sharing a prefix reuse the prompt cache
   */
  @Nullable String promptCacheKey();

  /**
   * Body properties this client does not model, written as top-level fields.
   *
   * @return body properties this client does not model, written as top-level fields
   */
  Map<String, Object> extraBody();

  /** Returns a builder for a new request. */
  static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this request's values, to derive a changed copy. */
  Builder toBuilder();

  /** Builds a {@link FimCompletionRequest}; not thread-safe. */
  final class Builder extends CompletionRequestBuilder<Builder> {

    private String model;
    private Double temperature;
    private Double topP;
    private String prompt;
    private String suffix;
    private Integer minTokens;

    Builder() {}

    Builder(FimCompletionRequest request) {
      model = request.model();
      temperature = request.temperature();
      topP = request.topP();
      maxTokens = request.maxTokens();
      stop = request.stop();
      randomSeed = request.randomSeed();
      metadata = request.metadata();
      prompt = request.prompt();
      suffix = request.suffix();
      minTokens = request.minTokens();
      promptCacheKey = request.promptCacheKey();
      extraBody.putAll(request.extraBody());
    }

    /** Sets the model, e.g. {@code codestral-latest}. */
    public Builder model(String model) {
      this.model = model;
      return this;
    }

    /** Sets the sampling temperature. */
    public Builder temperature(Double temperature) {
      this.temperature = temperature;
      return this;
    }

    /**
     * Sets the sampling temperature, from a primitive value: {@code temperature(1)} needs no cast.
     */
    public Builder temperature(double temperature) {
      return temperature(Double.valueOf(temperature));
    }

    /** Sets the nucleus sampling mass. */
    public Builder topP(Double topP) {
      this.topP = topP;
      return this;
    }

    /** Sets the nucleus sampling mass, from a primitive value: {@code topP(1)} needs no cast. */
    public Builder topP(double topP) {
      return topP(Double.valueOf(topP));
    }

    /** Sets the text or code to complete; required. */
    public Builder prompt(String prompt) {
      this.prompt = prompt;
      return this;
    }

    /** Sets the text or code after the gap. */
    public Builder suffix(String suffix) {
      this.suffix = suffix;
      return this;
    }

    /** Sets the fewest tokens to generate. */
    public Builder minTokens(Integer minTokens) {
      this.minTokens = minTokens;
      return this;
    }

    /**
     * Builds the request.
     *
     * @throws IllegalStateException when the prompt is missing
     */
    public FimCompletionRequest build() {
      if (prompt == null) {
        throw new IllegalStateException(
            "FimCompletionRequest.prompt is required: set it with builder().prompt(\"def add(\")");
      }
      return new FimCompletionRequestValue(
          model,
          temperature,
          topP,
          maxTokens,
          stop,
          randomSeed,
          metadata,
          prompt,
          suffix,
          minTokens,
          promptCacheKey,
          extraBody);
    }
  }
}
