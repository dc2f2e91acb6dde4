package io.github.mistralspring.client.classifiers;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A request to moderate or classify texts ({@code POST /v1/moderations} and {@code POST
 * /v1/classifications}); build one with {@link #builder()}.
 *
 * @param model the moderation or classifier model, e.g. {@code mistral-moderation-latest}; null for
 *     a moderation with the client's default moderation model
 * @param input the texts, as one string or a list
 * @param metadata free-form metadata stored with the request
 * @param extraBody body properties this client does not model, written as top-level fields
 */
public record ClassificationRequest(
    String model,
    ClassificationInput input,
    Map<String, Object> metadata,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> extraBody) {

  /** Keeps the extra body read-only; an absent map becomes empty. */
  public ClassificationRequest {
    extraBody =
        extraBody == null || extraBody.isEmpty()
            ? Map.of()
            : Collections.unmodifiableMap(new LinkedHashMap<>(extraBody));
  }

  /** A copy of this request for another model. */
  public ClassificationRequest withModel(String model) {
    return new ClassificationRequest(model, input, metadata, extraBody);
  }

  /** Creates a request for one text; a null model means the client's default (moderation only). */
  public static ClassificationRequest of(String model, String text) {
    return builder().model(model).input(text).build();
  }

  /**
   * Creates a request for several texts, answered with one result each; a null model means the
   * client's default (moderation only).
   */
  public static ClassificationRequest of(String model, List<String> texts) {
    return builder().model(model).input(texts).build();
  }

  /** Returns a builder for a new request. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ClassificationRequest}; not thread-safe. */
  public static final class Builder {

    private String model;
    private ClassificationInput input;
    private Map<String, Object> metadata;
    private final Map<String, Object> extraBody = new LinkedHashMap<>();

    private Builder() {}

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
     * @throws IllegalArgumentException when the input is missing
     */
    public ClassificationRequest build() {
      if (input == null || input.texts().isEmpty()) {
        throw new IllegalArgumentException(
            "ClassificationRequest.input is required: set it with builder().input(\"text\")");
      }
      return new ClassificationRequest(model, input, metadata, extraBody);
    }
  }
}
