package io.github.mistralspring.client.beta.libraries;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request to rename a document or set its attributes (the spec's {@code DocumentUpdateIn}); only
 * the fields set are sent. Build it with {@link #builder()}.
 *
 * @param name the new name, or null to keep it
 * @param attributes the attributes to set, or null to keep them: values are booleans, strings,
 *     numbers, date-times as ISO-8601 strings, or lists of one of these
 */
public record DocumentUpdateRequest(String name, Map<String, Object> attributes) {

  /** Keeps the attributes read-only. */
  public DocumentUpdateRequest {
    attributes =
        attributes == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
  }

  /** Starts building a request. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this request's values, to change some of them. */
  public Builder toBuilder() {
    Builder builder = builder().name(name);
    builder.attributes = attributes == null ? null : new LinkedHashMap<>(attributes);
    return builder;
  }

  /** Builds a {@link DocumentUpdateRequest}; unset fields are left out of the request. */
  public static final class Builder {

    private String name;
    private Map<String, Object> attributes;

    private Builder() {}

    /** The new name. */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /** Replaces the attributes to set. */
    public Builder attributes(Map<String, ?> attributes) {
      this.attributes = attributes == null ? null : new LinkedHashMap<>(attributes);
      return this;
    }

    /** Adds one attribute to set. */
    public Builder attribute(String key, Object value) {
      if (attributes == null) {
        attributes = new LinkedHashMap<>();
      }
      attributes.put(key, value);
      return this;
    }

    /** Builds the request. */
    public DocumentUpdateRequest build() {
      return new DocumentUpdateRequest(name, attributes);
    }
  }
}
