package io.github.mistralspring.client.fim;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.mistralspring.client.model.CompletionRequestBuilder;
import io.github.mistralspring.client.model.Stop;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A request to the fill-in-the-middle completions API; build one with {@link #builder()}.
 *
 * <p>Only {@code prompt} is required when building. The model may be left unset so that a default
 * can be filled in later (see {@link #withModel(String)}); the API group refuses to send a request
 * that still has none. An unset (null) field is left out of the JSON so the API applies its
 * default.
 *
 * @param model the model to use, e.g. {@code codestral-latest}
 * @param temperature the sampling temperature (0 to 1.5)
 * @param topP the nucleus sampling mass (0 to 1)
 * @param maxTokens the most tokens to generate
 * @param stream whether to stream the answer as server-sent events
 * @param stop the sequences that end generation, as one string or a list
 * @param randomSeed the seed for sampling, for repeatable answers
 * @param metadata free-form metadata stored with the request
 * @param prompt the text or code to complete
 * @param suffix the text or code after the gap; the model fills what is between prompt and suffix
 * @param minTokens the fewest tokens to generate
 * @param promptCacheKey a key that lets requests sharing a prefix reuse the prompt cache
 * @param extraBody body properties this client does not model, written as top-level fields
 */
public record FimCompletionRequest(
    String model,
    Double temperature,
    @JsonProperty("top_p") Double topP,
    @JsonProperty("max_tokens") Integer maxTokens,
    Boolean stream,
    Stop stop,
    @JsonProperty("random_seed") Long randomSeed,
    Map<String, Object> metadata,
    String prompt,
    String suffix,
    @JsonProperty("min_tokens") Integer minTokens,
    @JsonProperty("prompt_cache_key") String promptCacheKey,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extraBody) {

  /** Keeps the extra body read-only; an absent map becomes empty. */
  public FimCompletionRequest {
    extraBody =
        extraBody == null || extraBody.isEmpty()
            ? Map.of()
            : Collections.unmodifiableMap(new LinkedHashMap<>(extraBody));
  }

  /** Returns a builder for a new request. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this request's values, to derive a changed copy. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Returns this request with {@code stream} set, or this very request if it already is. */
  public FimCompletionRequest withStream(boolean stream) {
    if (Boolean.valueOf(stream).equals(this.stream)) {
      return this;
    }
    return new FimCompletionRequest(
        model,
        temperature,
        topP,
        maxTokens,
        stream,
        stop,
        randomSeed,
        metadata,
        prompt,
        suffix,
        minTokens,
        promptCacheKey,
        extraBody);
  }

  /** Returns this request with the model set, or this very request if it already has that model. */
  public FimCompletionRequest withModel(String model) {
    if (Objects.equals(model, this.model)) {
      return this;
    }
    return new FimCompletionRequest(
        model,
        temperature,
        topP,
        maxTokens,
        stream,
        stop,
        randomSeed,
        metadata,
        prompt,
        suffix,
        minTokens,
        promptCacheKey,
        extraBody);
  }

  /** Builds a {@link FimCompletionRequest}; not thread-safe. */
  public static final class Builder extends CompletionRequestBuilder<Builder> {

    private String model;
    private Double temperature;
    private Double topP;
    private String prompt;
    private String suffix;
    private Integer minTokens;

    private Builder() {}

    private Builder(FimCompletionRequest request) {
      model = request.model;
      temperature = request.temperature;
      topP = request.topP;
      maxTokens = request.maxTokens;
      stream = request.stream;
      stop = request.stop;
      randomSeed = request.randomSeed;
      metadata = request.metadata;
      prompt = request.prompt;
      suffix = request.suffix;
      minTokens = request.minTokens;
      promptCacheKey = request.promptCacheKey;
      extraBody.putAll(request.extraBody);
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
     * @throws IllegalArgumentException when the prompt is missing
     */
    public FimCompletionRequest build() {
      if (prompt == null) {
        throw new IllegalArgumentException(
            "FimCompletionRequest.prompt is required: set it with builder().prompt(\"def add(\")");
      }
      return new FimCompletionRequest(
          model,
          temperature,
          topP,
          maxTokens,
          stream,
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
