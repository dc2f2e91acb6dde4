package io.github.mistralspring.client.finetuning;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An uploaded file of training data and its weight in the mix.
 *
 * @param fileId the id of the uploaded file
 * @param weight the file's weight relative to the others; null for the API's default (1.0)
 */
public record TrainingFile(@JsonProperty("file_id") String fileId, @Nullable Double weight) {

  /**
   * Checks that the file id is present.
   *
   * @param fileId the id of the uploaded file
   * @param weight the file's weight relative to the others; null for the API's default (1.0)
   */
  public TrainingFile {
    Objects.requireNonNull(fileId, "fileId");
  }

  /**
   * A training file with the default weight.
   *
   * @param fileId the id of the uploaded file ({@code StoredFile.id()})
   * @return the training file, weighing as much as every other file of default weight
   */
  public static TrainingFile of(String fileId) {
    return new TrainingFile(fileId, null);
  }
}
