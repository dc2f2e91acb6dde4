package io.github.mistralspring.client.catalog;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Helpers shared by the model card records. */
final class ModelCards {

  private static final ModelCapabilities NONE =
      new ModelCapabilities(
          false, false, false, false, false, false, false, false, false, false, Map.of());

  private ModelCards() {}

  static ModelCapabilities orNone(@Nullable ModelCapabilities capabilities) {
    return capabilities == null ? NONE : capabilities;
  }
}
