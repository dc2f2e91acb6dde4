package io.github.mistralspring.client.beta.libraries;

/**
 * A request to change a library's name or description (the spec's {@code LibraryInUpdate}); only
 * the fields set are sent. Build it with {@link #builder()}.
 *
 * @param name the new name, or null to keep it
 * @param description the new description, or null to keep it
 */
public record LibraryUpdateRequest(String name, String description) {

  /** Starts building a request. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this request's values, to change some of them. */
  public Builder toBuilder() {
    return builder().name(name).description(description);
  }

  /** Builds a {@link LibraryUpdateRequest}; unset fields are left out of the request. */
  public static final class Builder {

    private String name;
    private String description;

    private Builder() {}

    /** The new name. */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /** The new description. */
    public Builder description(String description) {
      this.description = description;
      return this;
    }

    /** Builds the request. */
    public LibraryUpdateRequest build() {
      return new LibraryUpdateRequest(name, description);
    }
  }
}
