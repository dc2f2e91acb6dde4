package io.github.mistralspring.client.catalog;

/**
 * The changes to make to a fine-tuned model; a null field is left unchanged.
 *
 * @param name the new display name
 * @param description the new description
 */
public record UpdateFtModelIn(String name, String description) {

  /** Changes only the name. */
  public static UpdateFtModelIn ofName(String name) {
    return new UpdateFtModelIn(name, null);
  }

  /** Changes only the description. */
  public static UpdateFtModelIn ofDescription(String description) {
    return new UpdateFtModelIn(null, description);
  }
}
