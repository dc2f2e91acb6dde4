package io.github.mistralspring.client.beta.libraries;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A request to share a library with a user, a workspace or the organization, or to change the level
 * it is shared with (the spec's {@code SharingIn}); build it with {@link #builder()}. The spec's
 * {@code org_id} is left out: the API deprecated it and takes the caller's organization.
 */
@JsonDeserialize(as = LibraryAccessRequestValue.class)
public sealed interface LibraryAccessRequest permits LibraryAccessRequestValue {

  /**
   * What the entity may do; required.
   *
   * @return what the entity may do; required
   */
  ShareLevel level();

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
   * A request sharing the library with one entity at one level.
   *
   * @param type the kind of entity to share with, such as {@link ShareTargetType#WORKSPACE}
   * @param id the id of that user, workspace or organization
   * @param level what the entity may do, such as {@link ShareLevel#VIEWER}
   * @return the request, to pass to {@code accesses().update(..)}
   */
  static LibraryAccessRequest of(ShareTargetType type, String id, ShareLevel level) {
    return builder().shareWith(type, id).level(level).build();
  }

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
   * @return a builder that starts from this request's values
   */
  Builder toBuilder();

  /** Builds a {@link LibraryAccessRequest}. */
  final class Builder {

    private @Nullable ShareLevel level;
    private @Nullable String shareWithUuid;
    private @Nullable ShareTargetType shareWithType;

    Builder() {}

    /**
     * What the entity may do.
     *
     * @param level what the entity may do, such as {@link ShareLevel#EDITOR}; required
     * @return this builder
     */
    public Builder level(ShareLevel level) {
      this.level = level;
      return this;
    }

    /**
     * The entity to share with: its kind and its id.
     *
     * @param type the kind of entity, such as {@link ShareTargetType#USER}; required
     * @param id the id of that user, workspace or organization; required
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
     * @return the request, to pass to {@code accesses().update(..)}
     * @throws IllegalStateException when the level, the entity's kind or its id is missing (or the
     *     id blank); the message names the field
     */
    public LibraryAccessRequest build() {
      if (level == null) {
        throw new IllegalStateException(
            "LibraryAccessRequest.level is required: set it with builder().level(ShareLevel.VIEWER)");
      }
      ShareWith.require("LibraryAccessRequest", shareWithType, shareWithUuid);
      return new LibraryAccessRequestValue(level, shareWithUuid, shareWithType);
    }
  }
}
