package io.github.mistralspring.client.embeddings;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A request to the embeddings API; build one with {@link #builder()}.
 *
 * <p>Only {@code input} is required when building. The model may be left unset so that a default
 * can be filled in later (see {@link #withModel(String)}); the API group refuses to send a request
 * that still has none. An unset (null) field is left out of the JSON.
 */
@JsonDeserialize(as = EmbeddingRequestValue.class)
public sealed interface EmbeddingRequest permits EmbeddingRequestValue {

  /**
   * The model to use, e.g. {@code mistral-embed}.
   *
   * @return the model to use, e.g. {@code mistral-embed}
   */
  @Nullable String model();

  /**
   * Free-form metadata stored with the request.
   *
   * @return free-form metadata stored with the request
   */
  @Nullable Map<String, Object> metadata();

  /**
   * The text or texts to embed, written in the form given (one string or a list).
   *
   * @return the text or texts to embed, written in the form given (one string or a list)
   */
  EmbeddingInput input();

  /**
   * The dimension of the returned vectors, for models that support it.
   *
   * @return the dimension of the returned vectors, for models that support it
   */
  @Nullable Integer outputDimension();

  /**
   * The data type of the returned values, for models that support it.
   *
   * @return the data type of the returned values, for models that support it
   */
  @Nullable EmbeddingDtype outputDtype();

  /**
   * How the response encodes each vector.
   *
   * @return how the response encodes each vector
   */
  @Nullable EncodingFormat encodingFormat();

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

  /** Returns a request for one text, written as a string. */
  static EmbeddingRequest of(String model, String text) {
    return builder().model(model).input(text).build();
  }

  /** Returns a request for several texts, written as a list. */
  static EmbeddingRequest of(String model, List<String> texts) {
    return builder().model(model).input(texts).build();
  }

  /** Returns a builder holding this request's values, to derive a changed copy. */
  Builder toBuilder();

  /** Returns this request with the model set, or this very request if it already has that model. */
  EmbeddingRequest withModel(String model);

  /** Returns this request with another input and every other value kept. */
  EmbeddingRequest withInput(EmbeddingInput input);

  /** Builds an {@link EmbeddingRequest}; not thread-safe. */
  final class Builder {

    private String model;
    private Map<String, Object> metadata;
    private EmbeddingInput input;
    private Integer outputDimension;
    private EmbeddingDtype outputDtype;
    private EncodingFormat encodingFormat;
    private final Map<String, Object> extraBody = new LinkedHashMap<>();

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

    /** Sets the model, e.g. {@code mistral-embed}. */
    public Builder model(String model) {
      this.model = model;
      return this;
    }

    /** Sets free-form metadata. */
    public Builder metadata(Map<String, Object> metadata) {
      this.metadata = metadata;
      return this;
    }

    /** Sets the input, keeping its form (string or list); required. */
    public Builder input(EmbeddingInput input) {
      this.input = input;
      return this;
    }

    /** Sets one text to embed, sent as a string. */
    public Builder input(String text) {
      this.input = text == null ? null : EmbeddingInput.of(text);
      return this;
    }

    /** Sets the texts to embed, sent as a list. */
    public Builder input(List<String> texts) {
      this.input = texts == null ? null : EmbeddingInput.of(texts);
      return this;
    }

    /** Sets the dimension of the returned vectors. */
    public Builder outputDimension(Integer outputDimension) {
      this.outputDimension = outputDimension;
      return this;
    }

    /** Sets the data type of the returned values. */
    public Builder outputDtype(EmbeddingDtype outputDtype) {
      this.outputDtype = outputDtype;
      return this;
    }

    /** Sets how the response encodes each vector. */
    public Builder encodingFormat(EncodingFormat encodingFormat) {
      this.encodingFormat = encodingFormat;
      return this;
    }

    /** Adds a body property this client does not model; a null value is sent as JSON null. */
    public Builder extraBody(String name, Object value) {
      extraBody.put(Objects.requireNonNull(name, "name"), value);
      return this;
    }

    /** Adds body properties this client does not model. */
    public Builder extraBody(Map<String, ?> properties) {
      extraBody.putAll(properties);
      return this;
    }

    /**
     * Builds the request.
     *
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
