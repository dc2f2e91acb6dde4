package io.github.mistralspring.client.beta.libraries;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A request to share a library with a user, a workspace or the organization, or to change the level
 * it is shared with (the spec's {@code SharingIn}); build it with {@link #builder()}. The spec's
 * {@code org_id} is left out: the API deprecated it and takes the caller's organization.
 *
 * @param level what the entity may do; required
 * @param shareWithUuid the id of the user, workspace or organization; required
 * @param shareWithType the kind of entity {@code shareWithUuid} names; required
 */
public record LibraryAccessRequest(
    ShareLevel level,
    @JsonProperty("share_with_uuid") String shareWithUuid,
    @JsonProperty("share_with_type") ShareTargetType shareWithType) {

  /** Checks that every field is present. */
  public LibraryAccessRequest {
    require(level, "level", "level(ShareLevel.VIEWER)");
    require(shareWithUuid, "shareWithUuid", "shareWith(ShareTargetType.USER, \"<user id>\")");
    require(shareWithType, "shareWithType", "shareWith(ShareTargetType.USER, \"<user id>\")");
  }

  private static void require(Object value, String name, String fix) {
    if (value == null || (value instanceof String text && text.isBlank())) {
      throw new IllegalArgumentException(
          "Sharing a library needs "
              + name
              + ": set it with LibraryAccessRequest.builder()."
              + fix);
    }
  }

  /** A request sharing the library with one entity at one level. */
  public static LibraryAccessRequest of(ShareTargetType type, String id, ShareLevel level) {
    return builder().shareWith(type, id).level(level).build();
  }

  /** Starts building a request. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this request's values, to change some of them. */
  public Builder toBuilder() {
    return builder().level(level).shareWith(shareWithType, shareWithUuid);
  }

  /** Builds a {@link LibraryAccessRequest}. */
  public static final class Builder {

    private ShareLevel level;
    private String shareWithUuid;
    private ShareTargetType shareWithType;

    private Builder() {}

    /** What the entity may do. */
    public Builder level(ShareLevel level) {
      this.level = level;
      return this;
    }

    /** The entity to share with: its kind and its id. */
    public Builder shareWith(ShareTargetType type, String id) {
      this.shareWithType = type;
      this.shareWithUuid = id;
      return this;
    }

    /** Builds the request; throws when a field is missing. */
    public LibraryAccessRequest build() {
      return new LibraryAccessRequest(level, shareWithUuid, shareWithType);
    }
  }
}
