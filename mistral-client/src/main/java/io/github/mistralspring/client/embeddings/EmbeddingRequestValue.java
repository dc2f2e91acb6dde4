package io.github.mistralspring.client.embeddings;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.mistralspring.client.internal.values.ReadOnly;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The value behind {@link EmbeddingRequest}: a record, for equality, {@code toString} and JSON;
 * package-private, so that its constructor can grow without breaking callers.
 */
record EmbeddingRequestValue(
    @Nullable String model,
    @Nullable Map<String, Object> metadata,
    EmbeddingInput input,
    @JsonProperty("output_dimension") @Nullable Integer outputDimension,
    @JsonProperty("output_dtype") @Nullable EmbeddingDtype outputDtype,
    @JsonProperty("encoding_format") @Nullable EncodingFormat encodingFormat,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extraBody)
    implements EmbeddingRequest {

  /** Keeps the extra body read-only; an absent map becomes empty. */
  EmbeddingRequestValue {
    extraBody = ReadOnly.map(extraBody);
  }

  @Override
  public Builder toBuilder() {
    return new Builder(this);
  }

  @Override
  public EmbeddingRequest withModel(String model) {
    if (Objects.equals(model, this.model)) {
      return this;
    }
    return new EmbeddingRequestValue(
        model, metadata, input, outputDimension, outputDtype, encodingFormat, extraBody);
  }

  @Override
  public EmbeddingRequest withInput(EmbeddingInput input) {
    return new EmbeddingRequestValue(
        model,
        metadata,
        Objects.requireNonNull(input, "input"),
        outputDimension,
        outputDtype,
        encodingFormat,
        extraBody);
  }
}
