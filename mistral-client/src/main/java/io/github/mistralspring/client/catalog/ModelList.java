package io.github.mistralspring.client.catalog;

import io.github.mistralspring.client.internal.values.ReadOnly;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The models available to the caller ({@code GET /v1/models}).
 *
 * @param object the object kind, {@code list}; absent when the API did not send it
 * @param data the models; empty when none
 */
public record ModelList(@Nullable String object, List<ModelCard> data) {

  /**
   * An absent list of models becomes empty.
   *
   * @param object the object kind, {@code list}; absent when the API did not send it
   * @param data the models; empty when none
   */
  public ModelList {
    data = ReadOnly.withoutNulls(data);
  }

  /**
   * Returns the model with the given id, if listed.
   *
   * @param id the model's id, such as {@code mistral-small-latest}; aliases are not matched
   * @return the first listed model with that id, or empty when none is
   */
  public Optional<ModelCard> find(String id) {
    return data.stream().filter(card -> id.equals(card.id())).findFirst();
  }
}
