package io.github.mistralspring.client.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResponseListsTest {

  @Test
  void anAbsentListReadsAsEmpty() {
    assertThat(ResponseLists.<String>withoutNulls(null)).isEmpty();
  }

  @Test
  void nullEntriesAreDroppedAndTheOrderKept() {
    assertThat(ResponseLists.withoutNulls(Arrays.asList("a", null, "b", null)))
        .containsExactly("a", "b");
    assertThat(ResponseLists.withoutNulls(Arrays.asList((String) null))).isEmpty();
  }

  @Test
  void theResultCannotBeChanged() {
    List<String> read = new ArrayList<>(List.of("a", "b"));
    List<String> held = ResponseLists.withoutNulls(read);
    assertThat(held).containsExactly("a", "b");
    assertThatThrownBy(() -> held.add("c")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> ResponseLists.withoutNulls(List.of("x")).add("y"))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
