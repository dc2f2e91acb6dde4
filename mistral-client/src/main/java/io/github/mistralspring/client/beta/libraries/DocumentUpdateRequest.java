package io.github.mistralspring.client.beta.libraries;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A request to rename a document or set its attributes (the spec's {@code DocumentUpdateIn}); only
 * the fields set are sent. Build it with {@link #builder()}.
 */
@JsonDeserialize(as = DocumentUpdateRequestValue.class)
public sealed interface DocumentUpdateRequest permits DocumentUpdateRequestValue {

  /**
   * The new name; absent to keep it.
   *
   * @return the new name; absent to keep it
   */
  @Nullable String name();

  /**
   * The attributes to set; absent to keep them: values are booleans, strings, numbers, date-times
   * as ISO-8601 strings, or lists of one of these.
   *
   * @return the attributes to set; absent to keep them: values are booleans, strings, numbers,
   *     date-times as ISO-8601 strings, or lists of one of these
   */
  @Nullable Map<String, Object> attributes();

  /**
   * Starts building a request.
   *
   * @return a builder with nothing set
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this request's values, to change some of them.
   *
   * @return a builder that starts from this request's name and attributes
   */
  default Builder toBuilder() {
    Builder builder = builder().name(name());
    builder.attributes = attributes() == null ? null : new LinkedHashMap<>(attributes());
    return builder;
  }

  /** Builds a {@link DocumentUpdateRequest}; unset fields are left out of the request. */
  final class Builder {

    private @Nullable String name;
    private @Nullable Map<String, Object> attributes;

    Builder() {}

    /**
     * The new name.
     *
     * @param name the document's new name; null to leave the name as it is
     * @return this builder
     */
    public Builder name(@Nullable String name) {
      this.name = name;
      return this;
    }

    /**
     * Replaces the attributes to set.
     *
     * @param attributes the attributes to set, by name; null to leave them as they are
     * @return this builder
     */
    public Builder attributes(@Nullable Map<String, ?> attributes) {
      this.attributes = attributes == null ? null : new LinkedHashMap<>(attributes);
      return this;
    }

    /**
     * Adds one attribute to set.
     *
     * @param key the attribute's name
     * @param value the attribute's value, such as a string, a number or a boolean
     * @return this builder
     */
    public Builder attribute(String key, Object value) {
      if (attributes == null) {
        attributes = new LinkedHashMap<>();
      }
      attributes.put(key, value);
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request, to pass to {@code documents().update(..)}
     */
    public DocumentUpdateRequest build() {
      return new DocumentUpdateRequestValue(name, attributes);
    }
  }
}
