package io.github.mistralspring.client.internal.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReadOnlyTest {

  @Test
  void anAbsentListReadsAsEmpty() {
    assertThat(ReadOnly.<String>withoutNulls(null)).isEmpty();
  }

  @Test
  void nullEntriesAreDroppedAndTheOrderKept() {
    assertThat(ReadOnly.withoutNulls(Arrays.asList("a", null, "b", null)))
        .containsExactly("a", "b");
    assertThat(ReadOnly.withoutNulls(Arrays.asList((String) null))).isEmpty();
  }

  @Test
  void theResultCannotBeChanged() {
    List<String> read = new ArrayList<>(List.of("a", "b"));
    List<String> held = ReadOnly.withoutNulls(read);
    assertThat(held).containsExactly("a", "b");
    assertThatThrownBy(() -> held.add("c")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> ReadOnly.withoutNulls(List.of("x")).add("y"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aMapIsCopiedReadOnlyInItsOrderAndAnAbsentOneReadsAsEmpty() {
    Map<String, Object> given = new LinkedHashMap<>();
    given.put("b", 1);
    given.put("a", null);
    Map<String, Object> held = ReadOnly.map(given);
    given.put("c", 3);

    assertThat(held).containsExactly(entry("b", 1), entry("a", null));
    assertThatThrownBy(() -> held.put("d", 4)).isInstanceOf(UnsupportedOperationException.class);
    assertThat(ReadOnly.<String, Object>map(null)).isEmpty();
    assertThat(ReadOnly.map(Map.of())).isEmpty();
  }
}
