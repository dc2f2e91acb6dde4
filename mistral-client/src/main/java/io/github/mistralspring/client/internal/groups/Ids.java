package io.github.mistralspring.client.internal.groups;

/** The one check of the ids an operation takes, the same in every group. */
final class Ids {

  private Ids() {}

  /**
   * Returns the id, or throws when it is null or blank; called by each group method before it
   * returns anything, so that both faces refuse a missing id at the call.
   *
   * @param name the parameter's name, such as {@code fileId}
   */
  static String require(String id, String name) {
    if (id == null) {
      throw new NullPointerException(name + " is required");
    }
    if (id.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return id;
  }
}
