package io.github.mistralspring.client.reliability;

import static io.github.mistralspring.client.reliability.ReliabilityFixtures.builder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.mistralspring.client.MistralClient;
import io.github.mistralspring.client.batch.BatchJob;
import io.github.mistralspring.client.batch.BatchJobListQuery;
import io.github.mistralspring.client.core.RetryPolicy;
import io.github.mistralspring.client.files.FileListQuery;
import io.github.mistralspring.client.files.StoredFile;
import io.github.mistralspring.client.finetuning.FineTuningJob;
import io.github.mistralspring.client.finetuning.FineTuningJobListQuery;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;

/**
 * {@code listAll} against servers that do not page as asked: one that caps the page size below the
 * one asked for (the listing goes on up to the total), and one that ignores {@code page} (the
 * listing stops at the first page that brings nothing new, instead of going on forever).
 */
@SuppressWarnings("deprecation") // covers the deprecated operations while they are offered
class ListAllPagingTest {

  /** The longest a case may take: only a hang reaches it. */
  static final Duration BOUND = Duration.ofSeconds(30);

  private final List<AutoCloseable> resources = new ArrayList<>();
  private final AtomicInteger requests = new AtomicInteger();

  @AfterEach
  void close() throws Exception {
    for (AutoCloseable resource : resources) {
      resource.close();
    }
  }

  @ParameterizedTest
  @EnumSource(TransportPath.class)
  void aServerThatCapsThePageSizeIsListedUpToItsTotal(TransportPath path) {
    // Five files, at most two a page, whatever page_size asks for.
    MistralClient client =
        client(
            path,
            page -> {
              List<String> all = List.of("f0", "f1", "f2", "f3", "f4");
              int from = Math.min(page * 2, all.size());
              return filesPage(all.subList(from, Math.min(from + 2, all.size())), 5L);
            });
    FileListQuery query = FileListQuery.builder().pageSize(3).build();

    assertTimeoutPreemptively(
        BOUND,
        () -> {
          try (Stream<StoredFile> files = client.files().listAll(query)) {
            assertThat(files.map(StoredFile::id)).containsExactly("f0", "f1", "f2", "f3", "f4");
          }
          assertThat(requests.getAndSet(0)).isEqualTo(3);
          assertThat(
                  client
                      .reactive()
                      .files()
                      .listAll(query)
                      .map(StoredFile::id)
                      .collectList()
                      .block())
              .containsExactly("f0", "f1", "f2", "f3", "f4");
          assertThat(requests.get()).isEqualTo(3);
        });
  }

  @ParameterizedTest
  @EnumSource(TransportPath.class)
  void aServerThatIgnoresThePageIsListedOnceAndTheListingEnds(TransportPath path) {
    // The same two files for every page, and a total that says there are more.
    MistralClient client = client(path, page -> filesPage(List.of("f0", "f1"), 10L));
    FileListQuery query = FileListQuery.builder().pageSize(2).build();

    assertTimeoutPreemptively(
        BOUND,
        () -> {
          try (Stream<StoredFile> files = client.files().listAll(query)) {
            assertThat(files.map(StoredFile::id)).containsExactly("f0", "f1");
          }
          // The second page repeats the first: it is dropped and nothing more is asked for.
          assertThat(requests.getAndSet(0)).isEqualTo(2);
          assertThat(
                  client
                      .reactive()
                      .files()
                      .listAll(query)
                      .map(StoredFile::id)
                      .collectList()
                      .block())
              .containsExactly("f0", "f1");
          assertThat(requests.get()).isEqualTo(2);
        });
  }

  @ParameterizedTest
  @EnumSource(TransportPath.class)
  void aServerThatIgnoresThePageAndSendsNoTotalIsListedOnce(TransportPath path) {
    MistralClient client = client(path, page -> filesPage(List.of("f0", "f1"), null));

    assertTimeoutPreemptively(
        BOUND,
        () -> {
          try (Stream<StoredFile> files =
              client.files().listAll(FileListQuery.builder().pageSize(2).build())) {
            assertThat(files.map(StoredFile::id)).containsExactly("f0", "f1");
          }
          assertThat(requests.get()).isEqualTo(2);
        });
  }

  @ParameterizedTest
  @EnumSource(TransportPath.class)
  void fineTuningAndBatchListingsEndAtARepeatedPageToo(TransportPath path) {
    MistralClient client =
        client(
            path,
            page ->
                "{\"object\": \"list\", \"total\": 50, \"data\": ["
                    + "{\"id\": \"j0\", \"object\": \"job\", \"job_type\": \"completion\","
                    + " \"status\": \"RUNNING\"},"
                    + "{\"id\": \"j1\", \"object\": \"job\", \"job_type\": \"completion\","
                    + " \"status\": \"RUNNING\"}]}");

    assertTimeoutPreemptively(
        BOUND,
        () -> {
          try (Stream<FineTuningJob> jobs =
              client.fineTuning().listAll(FineTuningJobListQuery.builder().pageSize(2).build())) {
            assertThat(jobs.map(FineTuningJob::id)).containsExactly("j0", "j1");
          }
          try (Stream<BatchJob> jobs =
              client.batch().listAll(BatchJobListQuery.builder().pageSize(2).build())) {
            assertThat(jobs.map(BatchJob::id)).containsExactly("j0", "j1");
          }
          assertThat(requests.get()).isEqualTo(4);
        });
  }

  private MistralClient client(TransportPath path, IntFunction<String> pages) {
    LocalNettyServer server =
        new LocalNettyServer(
            (request, response) -> {
              requests.incrementAndGet();
              String page =
                  UriComponentsBuilder.fromUriString(request.uri())
                      .build()
                      .getQueryParams()
                      .getFirst("page");
              String body = pages.apply(page == null ? 0 : Integer.parseInt(page));
              return request
                  .receive()
                  .then()
                  .then(
                      response
                          .header("Content-Type", "application/json")
                          .sendString(Mono.just(body))
                          .then());
            });
    resources.add(server);
    MistralClient client =
        path.configure(builder(server.baseUrl())).retryPolicy(RetryPolicy.none()).build();
    resources.add(client);
    return client;
  }

  private static String filesPage(List<String> ids, Long total) {
    String data =
        ids.stream()
            .map(
                id ->
                    "{\"id\": \""
                        + id
                        + "\", \"object\": \"file\", \"bytes\": 1, \"created_at\": 1,"
                        + " \"filename\": \""
                        + id
                        + ".jsonl\", \"purpose\": \"fine-tune\"}")
            .collect(Collectors.joining(","));
    return "{\"object\": \"list\", \"data\": ["
        + data
        + "]"
        + (total == null ? "" : ", \"total\": " + total)
        + "}";
  }
}
