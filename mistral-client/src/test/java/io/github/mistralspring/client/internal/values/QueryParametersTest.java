package io.github.mistralspring.client.internal.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * How a list query's values become URL parameters: nulls left out, lists repeated, times in UTC.
 */
class QueryParametersTest {

  @Test
  void aNullInAListIsLeftOutLikeANullValue() {
    Map<String, List<String>> parameters =
        QueryParameters.paged(null, 20)
            .add("status", Arrays.asList("QUEUED", null, "RUNNING"))
            .add("model", null)
            .add("only_nulls", Arrays.asList(null, null))
            .toMap();

    assertThat(parameters)
        .containsExactly(
            Map.entry("page_size", List.of("20")),
            Map.entry("status", List.of("QUEUED", "RUNNING")));
  }

  @Test
  void aTimeIsWrittenInUtc() {
    OffsetDateTime paris = OffsetDateTime.of(2026, 7, 1, 12, 0, 0, 0, ZoneOffset.ofHours(2));

    assertThat(QueryParameters.paged(null, null).add("created_after", paris).toMap())
        .containsExactly(Map.entry("created_after", List.of("2026-07-01T10:00:00Z")));
  }

  @Test
  void aParameterAddedTwiceIsAMistake() {
    assertThatThrownBy(() -> QueryParameters.paged(0, null).add("page", 1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("'page'");
  }
}
