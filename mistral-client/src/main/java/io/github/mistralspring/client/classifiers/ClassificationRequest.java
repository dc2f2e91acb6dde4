package io.github.mistralspring.client.classifiers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A request to moderate or classify texts ({@code POST /v1/moderations} and {@code POST
 * /v1/classifications}); build one with {@link #builder()}.
 */
@JsonDeserialize(as = ClassificationRequestValue.class)
public sealed interface ClassificationRequest permits ClassificationRequestValue {

  /**
   * The moderation or classifier model, e.g. {@code mistral-moderation-latest}; null for a
   * moderation with the client's default moderation model.
   *
   * @return the moderation or classifier model, e.g. {@code mistral-moderation-latest}; null for a
   *     moderation with the client's default moderation model
   */
  @Nullable String model();

  /**
   * The texts, as one string or a list.
   *
   * @return the texts, as one string or a list
   */
  @Nullable ClassificationInput input();

  /**
   * Free-form metadata stored with the request.
   *
   * @return free-form metadata stored with the request
   */
  @Nullable Map<String, Object> metadata();

  /**
   * Body properties this client does not model, written as top-level fields.
   *
   * @return body properties this client does not model, written as top-level fields
   */
  Map<String, Object> extraBody();

  /** A copy of this request for another model. */
  ClassificationRequest withModel(String model);

  /** Creates a request for one text; a null model means the client's default (moderation only). */
  static ClassificationRequest of(String model, String text) {
    return builder().model(model).input(text).build();
  }

  /**
   * Creates a request for several texts, answered with one result each; a null model means the
   * client's default (moderation only).
   */
  static ClassificationRequest of(String model, List<String> texts) {
    return builder().model(model).input(texts).build();
  }

  /** Returns a builder for a new request. */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this request's values, to derive a changed copy.
   *
   * @return a builder that starts from this request
   */
  default Builder toBuilder() {
    Builder builder = new Builder();
    builder.model = model();
    builder.input = input();
    builder.metadata = metadata() == null ? null : new LinkedHashMap<>(metadata());
    builder.extraBody.putAll(extraBody());
    return builder;
  }

  /** Builds a {@link ClassificationRequest}; not thread-safe. */
  final class Builder {

    private String model;
    private ClassificationInput input;
    private Map<String, Object> metadata;
    private final Map<String, Object> extraBody = new LinkedHashMap<>();

    Builder() {}

    /**
     * Sets the model; a moderation without one uses the client's default moderation model, a
     * classification needs one (a classifier model).
     */
    public Builder model(String model) {
      this.model = model;
      return this;
    }

    /** Sets the input; required. */
    public Builder input(ClassificationInput input) {
      this.input = input;
      return this;
    }

    /** Sets one text, sent as a string. */
    public Builder input(String text) {
      this.input = text == null ? null : ClassificationInput.of(text);
      return this;
    }

    /** Sets the texts, sent as a list. */
    public Builder input(List<String> texts) {
      this.input = texts == null ? null : ClassificationInput.of(texts);
      return this;
    }

    /** Sets free-form metadata. */
    public Builder metadata(Map<String, Object> metadata) {
      this.metadata = metadata;
      return this;
    }

    /** Adds a body property this client does not model; a null value is sent as JSON null. */
    public Builder extraBody(String name, Object value) {
      extraBody.put(Objects.requireNonNull(name, "name"), value);
      return this;
    }

    /**
     * Builds the request.
     *
     * @throws IllegalStateException when the input is missing
     */
    public ClassificationRequest build() {
      if (input == null || input.texts().isEmpty()) {
        throw new IllegalStateException(
            "ClassificationRequest.input is required: set it with builder().input(\"text\")");
      }
      return new ClassificationRequestValue(model, input, metadata, extraBody);
    }
  }
}
