package io.github.mistralspring.client.finetuning;

import org.jspecify.annotations.Nullable;

/**
 * A GitHub repository to train on.
 *
 * <p>The specification names it {@code GithubRepositoryIn}.
 *
 * @param type the repository type, always {@code github}; null reads as {@code github}
 * @param name the repository's name
 * @param owner the repository's owner
 * @param ref the branch, tag or commit; null for the default branch
 * @param weight the repository's weight in the mix; null for 1.0
 * @param token a GitHub token that can read the repository
 */
public record GithubRepository(
    @Nullable String type,
    String name,
    String owner,
    @Nullable String ref,
    @Nullable Double weight,
    String token) {

  /**
   * Sets the type to {@code github}.
   *
   * @param type the repository type, always {@code github}; null reads as {@code github}
   * @param name the repository's name
   * @param owner the repository's owner
   * @param ref the branch, tag or commit; null for the default branch
   * @param weight the repository's weight in the mix; null for 1.0
   * @param token a GitHub token that can read the repository
   */
  public GithubRepository {
    type = type == null ? "github" : type;
  }

  /** Leaves the token out, so that it is never logged. */
  @Override
  public String toString() {
    return "GithubRepository[" + owner + "/" + name + "@" + ref + ", weight=" + weight + "]";
  }
}
