package io.github.mistralspring.client.beta.libraries;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A request to stop sharing a library with a user, a workspace or the organization (the spec's
 * {@code SharingDelete}). The spec's {@code org_id} is left out: the API deprecated it and takes
 * the caller's organization.
 */
@JsonDeserialize(as = LibraryUnshareRequestValue.class)
public sealed interface LibraryUnshareRequest permits LibraryUnshareRequestValue {

  /**
   * The id of the user, workspace or organization; required.
   *
   * @return the id of the user, workspace or organization; required
   */
  String shareWithUuid();

  /**
   * The kind of entity {@code shareWithUuid} names; required.
   *
   * @return the kind of entity {@code shareWithUuid} names; required
   */
  ShareTargetType shareWithType();

  /**
   * A request to stop sharing the library with one entity.
   *
   * @param type the kind of entity the library is shared with, such as {@link ShareTargetType#USER}
   * @param id the id of that user, workspace or organization
   * @return the request, to pass to {@code accesses().delete(..)}
   */
  static LibraryUnshareRequest of(ShareTargetType type, String id) {
    return builder().shareWith(type, id).build();
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
    return new Builder().shareWith(shareWithType(), shareWithUuid());
  }

  /** Builds a {@link LibraryUnshareRequest}; not thread-safe. */
  final class Builder {

    private @Nullable String shareWithUuid;
    private @Nullable ShareTargetType shareWithType;

    private Builder() {}

    /**
     * Sets the entity to stop sharing with.
     *
     * @param type the kind of entity, such as {@link ShareTargetType#USER}
     * @param id the id of the user, workspace or organization
     * @return this builder
     */
    public Builder shareWith(ShareTargetType type, String id) {
      this.shareWithType = type;
      this.shareWithUuid = id;
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     * @throws IllegalStateException when the entity's kind or id is missing (or the id blank); the
     *     message names the field
     */
    public LibraryUnshareRequest build() {
      ShareWith.require("LibraryUnshareRequest", shareWithType, shareWithUuid);
      return new LibraryUnshareRequestValue(shareWithUuid, shareWithType);
    }
  }
}
