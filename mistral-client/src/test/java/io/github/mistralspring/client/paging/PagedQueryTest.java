package io.github.mistralspring.client.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mistralspring.client.batch.BatchJobListQuery;
import io.github.mistralspring.client.beta.libraries.DocumentListQuery;
import io.github.mistralspring.client.files.FileListQuery;
import io.github.mistralspring.client.files.FilePurpose;
import io.github.mistralspring.client.files.FileSource;
import io.github.mistralspring.client.files.SampleType;
import io.github.mistralspring.client.finetuning.FineTuningJobListQuery;
import io.github.mistralspring.client.jobs.JobStatus;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every list query paged by number is one {@link Paged}: the page and its size, a copy for another
 * page, and the query parameters it is sent as, written the same way for every list.
 */
class PagedQueryTest {

  private static final OffsetDateTime PARIS_NOON =
      OffsetDateTime.of(2026, 7, 1, 12, 0, 0, 0, ZoneOffset.ofHours(2));

  /** Each list query with every value set, and the query parameters the spec names for them. */
  static Stream<Arguments> queries() {
    Map<String, String> metadata = new LinkedHashMap<>();
    metadata.put("team", "search");
    metadata.put("run", "nightly");
    return Stream.of(
        Arguments.of(
            FileListQuery.builder()
                .page(2)
                .pageSize(10)
                .includeTotal(true)
                .sampleTypes(SampleType.of("pretrain"), SampleType.of("instruct"))
                .sources(FileSource.of("upload"))
                .search("train")
                .purpose(FilePurpose.of("batch"))
                .mimetypes("application/jsonl")
                .build(),
            parameters(
                "page", "2",
                "page_size", "10",
                "include_total", "true",
                "sample_type", List.of("pretrain", "instruct"),
                "source", "upload",
                "search", "train",
                "purpose", "batch",
                "mimetypes", "application/jsonl")),
        Arguments.of(
            FineTuningJobListQuery.builder()
                .page(1)
                .pageSize(5)
                .model("open-mistral-7b")
                .createdAfter(PARIS_NOON)
                .createdBefore(PARIS_NOON.plusDays(1))
                .createdByMe(false)
                .status(JobStatus.RUNNING)
                .wandbProject("project")
                .wandbName("run")
                .suffix("mine")
                .build(),
            parameters(
                "page", "1",
                "page_size", "5",
                "model", "open-mistral-7b",
                "created_after", "2026-07-01T10:00:00Z",
                "created_before", "2026-07-02T10:00:00Z",
                "created_by_me", "false",
                "status", "RUNNING",
                "wandb_project", "project",
                "wandb_name", "run",
                "suffix", "mine")),
        Arguments.of(
            BatchJobListQuery.builder()
                .page(0)
                .pageSize(20)
                .model("mistral-small-latest")
                .agentId("agent")
                .metadata(metadata)
                .createdAfter(PARIS_NOON)
                .createdByMe(true)
                .statuses(JobStatus.RUNNING, JobStatus.SUCCESS)
                .oldestFirst(true)
                .build(),
            parameters(
                "page", "0",
                "page_size", "20",
                "model", "mistral-small-latest",
                "agent_id", "agent",
                // Form style, exploded, where the spec lists metadata (see BatchJobListQuery).
                "team", "search",
                "run", "nightly",
                "created_after", "2026-07-01T10:00:00Z",
                "created_by_me", "true",
                "status", List.of("RUNNING", "SUCCESS"),
                "order_by", "created")),
        Arguments.of(
            DocumentListQuery.builder()
                .search("leave")
                .filtersAttributes("{\"team\":\"hr\"}")
                .sortBy("name")
                .sortOrder("asc")
                .page(3)
                .pageSize(50)
                .build(),
            parameters(
                "page", "3",
                "page_size", "50",
                "search", "leave",
                "filters_attributes", "{\"team\":\"hr\"}",
                "sort_by", "name",
                "sort_order", "asc")));
  }

  @ParameterizedTest
  @MethodSource("queries")
  void aQueryIsSentAsTheParametersTheSpecNamesInItsOrder(
      Paged<?> query, Map<String, List<String>> expected) {
    assertThat(query.queryParameters()).containsExactlyEntriesOf(expected);
    assertThatThrownBy(() -> query.queryParameters().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @ParameterizedTest
  @MethodSource("queries")
  void anotherPageChangesThePageAndKeepsEveryOtherValue(
      Paged<?> query, Map<String, List<String>> expected) {
    Paged<?> next = query.withPage(7);

    Map<String, List<String>> nextParameters = new LinkedHashMap<>(expected);
    nextParameters.put("page", List.of("7"));
    assertThat(next.page()).isEqualTo(7);
    assertThat(next.queryParameters()).containsExactlyEntriesOf(nextParameters);
    assertThat(next.toBuilder().page(query.page()).build()).isEqualTo(query);
  }

  @Test
  void aQueryWithNothingSetSendsNothing() {
    assertThat(FileListQuery.ALL.queryParameters()).isEmpty();
    assertThat(FineTuningJobListQuery.ALL.queryParameters()).isEmpty();
    assertThat(BatchJobListQuery.ALL.queryParameters()).isEmpty();
    assertThat(DocumentListQuery.ALL.queryParameters()).isEmpty();
    assertThat(FileListQuery.builder().sampleTypes(List.of()).build().queryParameters()).isEmpty();
  }

  @Test
  void codeOverEveryPagedQueryNeedsNoneOfTheirTypes() {
    assertThat(sized(FileListQuery.builder()).queryParameters())
        .containsExactlyEntriesOf(parameters("page", "0", "page_size", "25"));
    assertThat(sized(BatchJobListQuery.builder().model("m")).queryParameters())
        .containsExactlyEntriesOf(parameters("page", "0", "page_size", "25", "model", "m"));
  }

  private static <Q extends Paged<Q>> Q sized(Paged.Builder<Q> builder) {
    return builder.page(0).pageSize(25).build();
  }

  /** Names and values in turn; a value is one text or a list of them. */
  private static Map<String, List<String>> parameters(Object... namesAndValues) {
    Map<String, List<String>> parameters = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      Object value = namesAndValues[i + 1];
      @SuppressWarnings("unchecked")
      List<String> values =
          value instanceof List<?> ? (List<String>) value : List.of((String) value);
      parameters.put((String) namesAndValues[i], values);
    }
    return parameters;
  }
}
