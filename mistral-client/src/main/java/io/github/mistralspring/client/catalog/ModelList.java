package io.github.mistralspring.client.catalog;

import java.util.List;
import java.util.Optional;

/**
 * The models available to the caller ({@code GET /v1/models}).
 *
 * @param object the object kind, {@code list}
 * @param data the models
 */
public record ModelList(String object, List<ModelCard> data) {

  /** An absent list of models becomes empty. */
  public ModelList {
    data = data == null ? List.of() : List.copyOf(data);
  }

  /** Returns the model with the given id, if listed. */
  public Optional<ModelCard> find(String id) {
    return data.stream().filter(card -> id.equals(card.id())).findFirst();
  }
}
