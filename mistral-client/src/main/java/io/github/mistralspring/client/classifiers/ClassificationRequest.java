package io.github.mistralspring.client.classifiers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A request to moderate or classify texts ({@code POST /v1/moderations} and {@code POST
 * /v1/classifications}; the spec's {@code ClassificationRequest}); build one with {@link
 * #builder()}. A moderation may leave the model unset, the client then sends its default moderation
 * model; a classification names a classifier model, or the group refuses it before anything is
 * sent. The input is one text (sent as a string) or a list of texts, one result coming back per
 * text.
 */
@JsonDeserialize(as = ClassificationRequestValue.class)
public sealed interface ClassificationRequest extends ClassifierParameters<ClassificationInput>
    permits ClassificationRequestValue {

  /**
   * Free-form metadata stored with the request.
   *
   * @return the metadata, by key; null when none was set (the field is then left out of the JSON)
   */
  @Nullable Map<String, Object> metadata();

  /**
   * A copy of this request for another model, all else unchanged.
   *
   * @param model the moderation or classifier model to use; null, for a moderation, means the
   *     client's default moderation model
   * @return the copy
   */
  ClassificationRequest withModel(@Nullable String model);

  /**
   * Creates a request for one text, sent as a string.
   *
   * @param model the moderation or classifier model; null for a moderation with the client's
   *     default moderation model
   * @param text the text to moderate or classify
   * @return the request
   * @throws IllegalStateException when the text is null
   */
  static ClassificationRequest of(@Nullable String model, String text) {
    return builder().model(model).input(text).build();
  }

  /**
   * Creates a request for several texts, answered with one result each.
   *
   * @param model the moderation or classifier model; null for a moderation with the client's
   *     default moderation model
   * @param texts the texts to moderate or classify, in order; at least one
   * @return the request
   * @throws IllegalStateException when the list is null or empty
   */
  static ClassificationRequest of(@Nullable String model, List<String> texts) {
    return builder().model(model).input(texts).build();
  }

  /**
   * Returns a builder for a new request.
   *
   * @return an empty builder
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this request's values, to derive a changed copy.
   *
   * @return a builder that starts from this request
   */
  default Builder toBuilder() {
    return new Builder().from(this).metadata(metadata());
  }

  /**
   * Builds a {@link ClassificationRequest}; not thread-safe. The model, the input and the extra
   * body are set with the methods of {@link ClassifierRequestBuilder}; this builder adds the texts'
   * shortcuts and the metadata.
   */
  final class Builder extends ClassifierRequestBuilder<Builder, ClassificationInput> {

    private @Nullable Map<String, Object> metadata;

    private Builder() {}

    /**
     * Sets one text, sent as a string.
     *
     * @param text the text to moderate or classify; null clears the input
     * @return this builder
     */
    public Builder input(@Nullable String text) {
      return input(text == null ? null : ClassificationInput.of(text));
    }

    /**
     * Sets the texts, sent as a list; one result comes back per text.
     *
     * @param texts the texts to moderate or classify, in order; null clears the input
     * @return this builder
     */
    public Builder input(@Nullable List<String> texts) {
      return input(texts == null ? null : ClassificationInput.of(texts));
    }

    /**
     * Sets free-form metadata stored with the request.
     *
     * @param metadata the metadata, by key, copied; null to leave the field out of the JSON
     * @return this builder
     */
    public Builder metadata(@Nullable Map<String, Object> metadata) {
      this.metadata = metadata == null ? null : new LinkedHashMap<>(metadata);
      return this;
    }

    /**
     * Builds the request; the model may stay unset for a moderation.
     *
     * @return the request
     * @throws IllegalStateException when the input is missing or holds no text
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
