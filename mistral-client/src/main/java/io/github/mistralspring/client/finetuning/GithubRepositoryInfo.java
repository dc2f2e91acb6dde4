package io.github.mistralspring.client.finetuning;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A GitHub repository a fine-tuning job trains on, as the API describes it.
 *
 * <p>The specification names it {@code GithubRepositoryOut}.
 *
 * @param type the repository type, {@code github}; absent when the API did not send it
 * @param name the repository's name
 * @param owner the repository's owner
 * @param ref the branch, tag or commit; absent for the default branch
 * @param weight the repository's weight in the mix; absent when not reported
 * @param commitId the commit trained on
 */
public record GithubRepositoryInfo(
    @Nullable String type,
    String name,
    String owner,
    @Nullable String ref,
    @Nullable Double weight,
    @JsonProperty("commit_id") String commitId) {}
