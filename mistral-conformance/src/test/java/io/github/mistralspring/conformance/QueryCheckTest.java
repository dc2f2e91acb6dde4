package io.github.mistralspring.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The query check reads each parameter as the live spec declares it: batch {@code metadata} (no
 * {@code style}, no {@code content}) exploded into entries, agents {@code metadata} ({@code
 * content: application/json}) as JSON text under its name.
 */
class QueryCheckTest {

  private static final Spec LIVE = Spec.load(Spec.LIVE);
  private static final QueryCheck CHECK = new QueryCheck(LIVE, new SchemaValidator(LIVE));
  private static final List<Spec.Parameter> BATCH_LIST =
      LIVE.parameters(LIVE.operation("GET", "/v1/batch/jobs").orElseThrow());
  private static final List<Spec.Parameter> AGENTS_LIST =
      LIVE.parameters(LIVE.operation("GET", "/v1/agents").orElseThrow());
  private static final String JSON_TEXT = "%7B%22team%22%3A%22search%22%7D";

  @Test
  void acceptsBatchMetadataAsOneParameterPerEntry() {
    assertThat(
            CHECK.problems(
                BATCH_LIST,
                "page=0&team=search&run=nightly%202&status=RUNNING",
                Map.of(
                    "page", "0",
                    "metadata", "{\"team\": \"search\", \"run\": \"nightly 2\"}",
                    "status", "[\"RUNNING\"]")))
        .isEmpty();
  }

  @Test
  void refusesBatchMetadataAsJsonTextAndMissingEntries() {
    Map<String, String> given = Map.of("metadata", "{\"team\": \"search\"}");

    assertThat(CHECK.problems(BATCH_LIST, "metadata=" + JSON_TEXT, given))
        .anyMatch(p -> p.contains("metadata is sent under its own name"))
        .anyMatch(p -> p.contains("entries are {} instead of {\"team\":\"search\"}"));
    assertThat(CHECK.problems(BATCH_LIST, "page=0", given))
        .containsExactly(
            "query parameter metadata entries are {} instead of {\"team\":\"search\"}");
    assertThat(CHECK.problems(BATCH_LIST, "team=ops", given))
        .containsExactly(
            "query parameter metadata entries are {\"team\":\"ops\"} instead of"
                + " {\"team\":\"search\"}");
  }

  @Test
  void readsAJsonContentParameterAsJsonTextUnderItsName() {
    Map<String, String> given = Map.of("metadata", "{\"team\": \"search\"}");

    assertThat(CHECK.problems(AGENTS_LIST, "metadata=" + JSON_TEXT, given)).isEmpty();
    assertThat(CHECK.problems(AGENTS_LIST, "team=search", given))
        .containsExactly("query parameter team is not in the spec");
  }
}
