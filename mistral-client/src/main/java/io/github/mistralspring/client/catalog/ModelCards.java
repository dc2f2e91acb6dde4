package io.github.mistralspring.client.catalog;

import java.util.Map;

/** Helpers shared by the model card records. */
final class ModelCards {

  private static final ModelCapabilities NONE =
      new ModelCapabilities(
          false, false, false, false, false, false, false, false, false, false, Map.of());

  private ModelCards() {}

  static ModelCapabilities orNone(ModelCapabilities capabilities) {
    return capabilities == null ? NONE : capabilities;
  }
}
