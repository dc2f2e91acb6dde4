package io.github.mistralspring.client.fim;

import io.github.mistralspring.client.model.CompletionParameters;
import io.github.mistralspring.client.model.CompletionRequestBuilder;
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
public sealed interface FimCompletionRequest extends CompletionParameters
    permits FimCompletionRequestValue {

  /**
   * The model to use, e.g. {@code codestral-latest}.
   *
   * @return the model's name; null when unset, so the client's default FIM model is sent
   */
  @Nullable String model();

  /**
   * The sampling temperature, 0 to 1.5.
   *
   * @return the temperature; null when unset, so the API's default applies
   */
  @Nullable Double temperature();

  /**
   * The nucleus sampling mass, 0 to 1 ({@code top_p}).
   *
   * @return the probability mass of the tokens sampled from; null when unset, so the API's default
   *     applies
   */
  @Nullable Double topP();

  /**
   * The text or code to complete, before the gap.
   *
   * @return the prompt; a built request always has one
   */
  @Nullable String prompt();

  /**
   * The text or code after the gap; the model fills what is between prompt and suffix.
   *
   * @return the suffix; null when unset, so the model continues the prompt
   */
  @Nullable String suffix();

  /**
   * The fewest tokens to generate ({@code min_tokens}).
   *
   * @return the least number of tokens; null when unset, so the API's default applies
   */
  @Nullable Integer minTokens();

  /**
   * Returns a builder for a new request.
   *
   * @return a builder with no prompt and every option unset
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this request's values, to derive a changed copy.
   *
   * @return a builder that starts from this request; changing it leaves this request as it is
   */
  Builder toBuilder();

  /** Builds a {@link FimCompletionRequest}; not thread-safe. */
  final class Builder extends CompletionRequestBuilder<Builder> {

    private @Nullable String model;
    private @Nullable Double temperature;
    private @Nullable Double topP;
    private @Nullable String prompt;
    private @Nullable String suffix;
    private @Nullable Integer minTokens;

    Builder() {}

    Builder(FimCompletionRequest request) {
      super(request);
      model = request.model();
      temperature = request.temperature();
      topP = request.topP();
      prompt = request.prompt();
      suffix = request.suffix();
      minTokens = request.minTokens();
    }

    /**
     * Sets the model, e.g. {@code codestral-latest}.
     *
     * @param model the model's name; null clears it, so the client's default FIM model is sent
     * @return this builder
     */
    public Builder model(@Nullable String model) {
      this.model = model;
      return this;
    }

    /**
     * Sets the sampling temperature.
     *
     * @param temperature the temperature, 0 to 1.5; null clears it, so the API's default applies
     * @return this builder
     */
    public Builder temperature(@Nullable Double temperature) {
      this.temperature = temperature;
      return this;
    }

    /**
     * Sets the sampling temperature, from a primitive value: {@code temperature(1)} needs no cast.
     *
     * @param temperature the temperature, 0 to 1.5
     * @return this builder
     */
    public Builder temperature(double temperature) {
      return temperature(Double.valueOf(temperature));
    }

    /**
     * Sets the nucleus sampling mass ({@code top_p}).
     *
     * @param topP the probability mass of the tokens to sample from, 0 to 1; null clears it, so the
     *     API's default applies
     * @return this builder
     */
    public Builder topP(@Nullable Double topP) {
      this.topP = topP;
      return this;
    }

    /**
     * Sets the nucleus sampling mass, from a primitive value: {@code topP(1)} needs no cast.
     *
     * @param topP the probability mass of the tokens to sample from, 0 to 1
     * @return this builder
     */
    public Builder topP(double topP) {
      return topP(Double.valueOf(topP));
    }

    /**
     * Sets the text or code to complete; required.
     *
     * @param prompt the text or code before the gap
     * @return this builder
     */
    public Builder prompt(String prompt) {
      this.prompt = prompt;
      return this;
    }

    /**
     * Sets the text or code after the gap.
     *
     * @param suffix the text or code after the gap; null clears it, so the model continues the
     *     prompt
     * @return this builder
     */
    public Builder suffix(@Nullable String suffix) {
      this.suffix = suffix;
      return this;
    }

    /**
     * Sets the fewest tokens to generate ({@code min_tokens}).
     *
     * @param minTokens the least number of tokens to generate, at least 0; null clears it, so the
     *     API's default applies
     * @return this builder
     */
    public Builder minTokens(@Nullable Integer minTokens) {
      this.minTokens = minTokens;
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request, with the options left unset absent
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
