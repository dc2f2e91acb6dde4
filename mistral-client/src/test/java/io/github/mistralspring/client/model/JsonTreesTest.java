package io.github.mistralspring.client.model;

import static io.github.mistralspring.client.model.JsonTrees.NUMERICALLY_EQUAL;
import static io.github.mistralspring.client.model.JsonTrees.tree;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The tree comparison the round-trip tests rely on is neither too strict nor too lax. */
class JsonTreesTest {

  @Test
  void numericallyEqualTreesAreEqual() {
    assertThat(
            tree("{\"a\": 1, \"b\": [0.5]}")
                .equals(NUMERICALLY_EQUAL, tree("{\"a\": 1.0, \"b\": [0.50]}")))
        .isTrue();
  }

  @Test
  void treesThatDifferAreNotEqual() {
    assertThat(tree("{\"a\": 1}").equals(NUMERICALLY_EQUAL, tree("{\"a\": 1, \"b\": 2}")))
        .isFalse();
    assertThat(tree("{\"a\": \"1\"}").equals(NUMERICALLY_EQUAL, tree("{\"a\": 1}"))).isFalse();
    assertThat(tree("[1, 2]").equals(NUMERICALLY_EQUAL, tree("[2, 1]"))).isFalse();
  }

  @Test
  void nullPropertiesAreDropped() {
    assertThat(JsonTrees.withoutNulls(tree("{\"a\": null, \"b\": [{\"c\": null}]}")))
        .isEqualTo(tree("{\"b\": [{}]}"));
  }
}
