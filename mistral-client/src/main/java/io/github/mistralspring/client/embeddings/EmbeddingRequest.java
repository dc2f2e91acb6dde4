package io.github.mistralspring.client.embeddings;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A request to the embeddings API (the spec's {@code EmbeddingRequest}); build one with {@link
 * #builder()} or {@link #of(String, List)}.
 *
 * <p>Only {@code input} is required when building. The model may be left unset so that the client's
 * default embedding model is sent beside it (the request itself is not copied); the API group
 * refuses, before sending, a request when the client has no default either. An unset (null) field
 * is left out of the JSON, so the API applies its default.
 */
@JsonDeserialize(as = EmbeddingRequestValue.class)
public sealed interface EmbeddingRequest permits EmbeddingRequestValue {

  /**
   * The embedding model, such as {@code mistral-embed}.
   *
   * @return the model's name, or null for the client's default embedding model
   */
  @Nullable String model();

  /**
   * Free-form metadata stored with the request.
   *
   * @return the metadata, or null when none is sent
   */
  @Nullable Map<String, Object> metadata();

  /**
   * The text or texts to embed, written in the form given (one string or a list).
   *
   * @return the input, never null; one embedding comes back per text
   */
  EmbeddingInput input();

  /**
   * The dimension of the returned vectors, for models that support it (the spec's {@code
   * output_dimension}).
   *
   * @return the number of values per vector, or null for the model's default
   */
  @Nullable Integer outputDimension();

  /**
   * The data type of the returned values, for models that support it (the spec's {@code
   * output_dtype}).
   *
   * @return the data type, or null for the API's default ({@link EmbeddingDtype#FLOAT})
   */
  @Nullable EmbeddingDtype outputDtype();

  /**
   * How the response encodes each vector (the spec's {@code encoding_format}).
   *
   * @return the encoding, or null for the API's default ({@link EncodingFormat#FLOAT}, a JSON array
   *     of numbers)
   */
  @Nullable EncodingFormat encodingFormat();

  /**
   * Body properties this client does not model, written as top-level fields.
   *
   * @return the extra properties by name, read-only; empty when there are none
   */
  Map<String, Object> extraBody();

  /**
   * Returns a builder for a new request.
   *
   * @return a builder with no input and every option unset
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a request for one text, written as a string.
   *
   * @param model the embedding model, such as {@code mistral-embed}; null for the client's default
   * @param text the text to embed
   * @return the request, asking for one embedding
   * @throws NullPointerException when the text is null
   */
  static EmbeddingRequest of(@Nullable String model, String text) {
    return builder().model(model).input(Objects.requireNonNull(text, "text")).build();
  }

  /**
   * Returns a request for several texts, written as a list.
   *
   * @param model the embedding model, such as {@code mistral-embed}; null for the client's default
   * @param texts the texts to embed, in order, copied; one embedding comes back per text
   * @return the request
   * @throws NullPointerException when the list or one of its texts is null
   */
  static EmbeddingRequest of(@Nullable String model, List<String> texts) {
    return builder().model(model).input(Objects.requireNonNull(texts, "texts")).build();
  }

  /**
   * Returns a builder holding this request's values, to derive a changed copy.
   *
   * @return a builder that starts from this request; changing it leaves this request as it is
   */
  Builder toBuilder();

  /**
   * Returns this request with the model set.
   *
   * @param model the embedding model, such as {@code mistral-embed}
   * @return a request equal to this one but for the model, or this very request if it already has
   *     that model
   */
  EmbeddingRequest withModel(String model);

  /**
   * Returns this request with another input and every other value kept.
   *
   * @param input the text or texts to embed instead
   * @return a new request with that input
   * @throws NullPointerException when the input is null
   */
  EmbeddingRequest withInput(EmbeddingInput input);

  /** Builds an {@link EmbeddingRequest}; not thread-safe. */
  final class Builder {

    private @Nullable String model;
    private @Nullable Map<String, Object> metadata;
    private @Nullable EmbeddingInput input;
    private @Nullable Integer outputDimension;
    private @Nullable EmbeddingDtype outputDtype;
    private @Nullable EncodingFormat encodingFormat;
    private final Map<String, @Nullable Object> extraBody = new LinkedHashMap<>();

    Builder() {}

    Builder(EmbeddingRequest request) {
      model = request.model();
      metadata = request.metadata();
      input = request.input();
      outputDimension = request.outputDimension();
      outputDtype = request.outputDtype();
      encodingFormat = request.encodingFormat();
      extraBody.putAll(request.extraBody());
    }

    /**
     * Sets the embedding model.
     *
     * @param model the model's name, such as {@code mistral-embed}; null clears it, so the client's
     *     default embedding model is used
     * @return this builder
     */
    public Builder model(@Nullable String model) {
      this.model = model;
      return this;
    }

    /**
     * Sets free-form metadata stored with the request.
     *
     * @param metadata the metadata, copied; null clears it
     * @return this builder
     */
    public Builder metadata(@Nullable Map<String, Object> metadata) {
      this.metadata = metadata == null ? null : new LinkedHashMap<>(metadata);
      return this;
    }

    /**
     * Sets the input, keeping its form (string or list); required.
     *
     * @param input the text or texts to embed; null clears it, which {@link #build()} refuses
     * @return this builder
     */
    public Builder input(@Nullable EmbeddingInput input) {
      this.input = input;
      return this;
    }

    /**
     * Sets one text to embed, sent as a string.
     *
     * @param text the text; null clears the input, which {@link #build()} refuses
     * @return this builder
     */
    public Builder input(@Nullable String text) {
      this.input = text == null ? null : EmbeddingInput.of(text);
      return this;
    }

    /**
     * Sets the texts to embed, sent as a list.
     *
     * @param texts the texts, in order, copied; one embedding comes back per text; null clears the
     *     input, which {@link #build()} refuses
     * @return this builder
     * @throws NullPointerException when one of the texts is null
     */
    public Builder input(@Nullable List<String> texts) {
      this.input = texts == null ? null : EmbeddingInput.of(texts);
      return this;
    }

    /**
     * Sets the dimension of the returned vectors, for models that support it.
     *
     * @param outputDimension the number of values per vector, 1 or more; null clears it, so the
     *     model's default applies
     * @return this builder
     */
    public Builder outputDimension(@Nullable Integer outputDimension) {
      this.outputDimension = outputDimension;
      return this;
    }

    /**
     * Sets the dimension of the returned vectors, from a primitive value.
     *
     * @param outputDimension the number of values per vector, 1 or more
     * @return this builder
     */
    public Builder outputDimension(int outputDimension) {
      return outputDimension(Integer.valueOf(outputDimension));
    }

    /**
     * Sets the data type of the returned values, for models that support it.
     *
     * @param outputDtype the data type, such as {@link EmbeddingDtype#INT8}; null clears it, so the
     *     API's default ({@link EmbeddingDtype#FLOAT}) applies
     * @return this builder
     */
    public Builder outputDtype(@Nullable EmbeddingDtype outputDtype) {
      this.outputDtype = outputDtype;
      return this;
    }

    /**
     * Sets how the response encodes each vector.
     *
     * @param encodingFormat the encoding, such as {@link EncodingFormat#BASE64}; null clears it, so
     *     the API's default ({@link EncodingFormat#FLOAT}) applies
     * @return this builder
     */
    public Builder encodingFormat(@Nullable EncodingFormat encodingFormat) {
      this.encodingFormat = encodingFormat;
      return this;
    }

    /**
     * Adds a body property this client does not model, sent as a top-level field.
     *
     * @param name the property's name as the API spells it
     * @param value the property's value, written as JSON; null is sent as JSON null
     * @return this builder
     * @throws NullPointerException when the name is null
     */
    public Builder extraBody(String name, @Nullable Object value) {
      extraBody.put(Objects.requireNonNull(name, "name"), value);
      return this;
    }

    /**
     * Adds body properties this client does not model, sent as top-level fields.
     *
     * @param properties the properties by name as the API spells them, copied
     * @return this builder
     */
    public Builder extraBody(Map<String, ?> properties) {
      extraBody.putAll(Objects.requireNonNull(properties, "properties"));
      return this;
    }

    /**
     * Builds the request; the model may still be unset.
     *
     * @return the request, with the options left unset absent
     * @throws IllegalStateException when the input is missing
     */
    public EmbeddingRequest build() {
      if (input == null) {
        throw new IllegalStateException(
            "EmbeddingRequest.input is required: set it with builder().input(\"some text\") or"
                + " builder().input(List.of(...))");
      }
      return new EmbeddingRequestValue(
          model, metadata, input, outputDimension, outputDtype, encodingFormat, extraBody);
    }
  }
}
