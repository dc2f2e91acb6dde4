package io.github.mistralspring.client.finetuning;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A GitHub repository a fine-tuning job trains on, as the API describes it.
 *
 * <p>The specification names it {@code GithubRepositoryOut}.
 *
 * @param type the repository type, {@code github}
 * @param name the repository's name
 * @param owner the repository's owner
 * @param ref the branch, tag or commit
 * @param weight the repository's weight in the mix
 * @param commitId the commit trained on
 */
public record GithubRepositoryInfo(
    String type,
    String name,
    String owner,
    String ref,
    Double weight,
    @JsonProperty("commit_id") String commitId) {}
