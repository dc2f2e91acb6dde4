package io.github.mistralspring.client.beta.libraries;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.github.mistralspring.client.testsupport.MistralWireMock.API_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.mistralspring.client.MistralClient;
import io.github.mistralspring.client.core.RetryPolicy;
import io.github.mistralspring.client.error.MistralNotFoundException;
import io.github.mistralspring.client.error.MistralServerException;
import io.github.mistralspring.client.jobs.PollingBackoff;
import io.github.mistralspring.client.json.MistralJson;
import io.github.mistralspring.client.paging.Page;
import io.github.mistralspring.client.testsupport.MistralWireMock;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;

/** The libraries, documents and sharing operations over HTTP against an in-process WireMock. */
class LibrariesHttpTest {

  @RegisterExtension static MistralWireMock server = new MistralWireMock();

  static final String LIB = "0b8c5b4e-6c3e-4d7b-9f59-2c1f9b0c7a11";
  static final String DOC = "7d3f2a90-1b2c-4c5d-8e9f-a0b1c2d3e4f5";
  static final String USER = "5a9e1c2b-3d4f-4a6b-8c7d-9e0f1a2b3c4d";
  static final String ORG = "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f";

  static final String LIBRARY =
      """
      {"id": "%s", "name": "Handbook", "created_at": "2026-07-01T10:00:00Z",
       "updated_at": "2026-07-02T11:30:00.123456Z", "owner_id": "%s", "owner_type": "User",
       "total_size": 2048, "nb_documents": 3, "chunk_size": 512, "emoji": null,
       "description": "Company handbook", "generated_description": "About the company",
       "explicit_user_members_count": 1, "explicit_workspace_members_count": 0,
       "org_sharing_role": "Viewer", "generated_name": "Handbook", "some_future_field": true}
      """
          .formatted(LIB, USER);

  static String document(String id, String status) {
    return """
        {"id": "%s", "library_id": "%s", "hash": "9f86d081", "mime_type": "application/pdf",
         "extension": "pdf", "size": 1024, "name": "leave-policy.pdf", "summary": null,
         "created_at": "2026-07-01T10:05:00Z", "last_processed_at": null,
         "number_of_pages": 4, "process_status": "%s", "uploaded_by_id": "%s",
         "uploaded_by_type": "User", "tokens_processing_main_content": 900,
         "tokens_processing_summary": null, "url": null,
         "attributes": {"team": "hr", "year": 2026}, "processing_status": "%s",
         "tokens_processing_total": 900}
        """
        .formatted(id, LIB, status, USER, status.toUpperCase());
  }

  static final String SHARING =
      """
      {"library_id": "%s", "user_id": "%s", "org_id": "%s", "role": "Editor",
       "share_with_type": "User", "share_with_uuid": "%s"}
      """
          .formatted(LIB, USER, ORG, USER);

  private MistralClient client;
  private BetaLibrariesApi libraries;
  private ReactiveBetaLibrariesApi reactiveLibraries;

  @BeforeEach
  void createClient() {
    client = client(RetryPolicy.none());
    libraries = client.beta().libraries();
    reactiveLibraries = client.reactive().beta().libraries();
  }

  private static MistralClient client(RetryPolicy retryPolicy) {
    return server.clientBuilder().retryPolicy(retryPolicy).build();
  }

  @AfterEach
  void closeClient() {
    client.close();
  }

  private static ResponseDefinitionBuilder json(int status, String body) {
    return aResponse()
        .withStatus(status)
        .withHeader("Content-Type", "application/json")
        .withBody(body);
  }

  /** The request body as a tree, to compare with the exact JSON expected (nulls included). */
  private static JsonNode body(LoggedRequest request) {
    return MistralJson.mapper().readTree(request.getBodyAsString());
  }

  private static JsonNode tree(String json) {
    return MistralJson.mapper().readTree(json);
  }

  // Libraries

  @Test
  void createsALibraryWithExactlyTheFieldsSetAndReadsEveryFieldBack() {
    server.stubFor(post("/v1/libraries").willReturn(json(201, LIBRARY)));

    Library created =
        libraries.create(
            LibraryRequest.builder()
                .name("Handbook")
                .description("Company handbook")
                .chunkSize(512)
                .build());

    LoggedRequest request = server.onlyRequest();
    assertThat(request.getMethod().getName()).isEqualTo("POST");
    assertThat(request.getUrl()).isEqualTo("/v1/libraries");
    assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + API_KEY);
    assertThat(body(request))
        .isEqualTo(
            tree(
                "{\"name\":\"Handbook\",\"description\":\"Company handbook\",\"chunk_size\":512}"));
    assertThat(created.id()).isEqualTo(LIB);
    assertThat(created.name()).isEqualTo("Handbook");
    assertThat(created.createdAt()).isEqualTo(OffsetDateTime.parse("2026-07-01T10:00:00Z"));
    assertThat(created.updatedAt()).isEqualTo(OffsetDateTime.parse("2026-07-02T11:30:00.123456Z"));
    assertThat(created.ownerId()).isEqualTo(USER);
    assertThat(created.ownerType()).isEqualTo("User");
    assertThat(created.totalSize()).isEqualTo(2048L);
    assertThat(created.documentCount()).isEqualTo(3L);
    assertThat(created.chunkSize()).isEqualTo(512);
    assertThat(created.emoji()).isNull();
    assertThat(created.description()).isEqualTo("Company handbook");
    assertThat(created.generatedDescription()).isEqualTo("About the company");
    assertThat(created.explicitUserMembersCount()).isEqualTo(1);
    assertThat(created.explicitWorkspaceMembersCount()).isZero();
    assertThat(created.orgSharingRole()).isEqualTo("Viewer");
    assertThat(created.generatedName()).isEqualTo("Handbook");
  }

  @Test
  void leavesUnsetLibraryFieldsOutOfTheBody() {
    server.stubFor(post("/v1/libraries").willReturn(json(201, LIBRARY)));

    libraries.create(LibraryRequest.of("Handbook"));

    assertThat(body(server.onlyRequest())).isEqualTo(tree("{\"name\":\"Handbook\"}"));
  }

  @Test
  void refusesALibraryWithoutANameNamingTheBuilderMethod() {
    assertThatThrownBy(() -> LibraryRequest.builder().description("x").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("LibraryRequest.name is required")
        .hasMessageContaining("builder().name(");
    assertThatThrownBy(() -> LibraryRequest.builder().name("x").chunkSize(0).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("chunkSize must be positive");
  }

  @Test
  void listsTheLibrariesUnderData() {
    server.stubFor(get("/v1/libraries").willReturn(json(200, "{\"data\": [" + LIBRARY + "]}")));

    List<Library> all = libraries.list();

    assertThat(all).extracting(Library::id).containsExactly(LIB);
    assertThat(server.onlyRequest().getMethod().getName()).isEqualTo("GET");
  }

  @Test
  void readsALibraryListingWithoutDataAsEmpty() {
    server.stubFor(get("/v1/libraries").willReturn(json(200, "{}")));

    assertThat(libraries.list()).isEmpty();
  }

  @Test
  void retrievesUpdatesWithAPutAndDeletesALibrary() {
    server.stubFor(get("/v1/libraries/" + LIB).willReturn(json(200, LIBRARY)));
    server.stubFor(put("/v1/libraries/" + LIB).willReturn(json(200, LIBRARY)));
    server.stubFor(delete("/v1/libraries/" + LIB).willReturn(json(200, LIBRARY)));

    assertThat(libraries.retrieve(LIB).name()).isEqualTo("Handbook");
    assertThat(
            libraries
                .update(LIB, LibraryUpdateRequest.builder().description("Updated").build())
                .id())
        .isEqualTo(LIB);
    assertThat(libraries.delete(LIB).id()).isEqualTo(LIB);

    List<LoggedRequest> requests = server.findAll(anyRequestedFor(anyUrl()));
    assertThat(requests)
        .extracting(request -> request.getMethod().getName() + " " + request.getUrl())
        .containsExactly(
            "GET /v1/libraries/" + LIB, "PUT /v1/libraries/" + LIB, "DELETE /v1/libraries/" + LIB);
    assertThat(body(requests.get(1))).isEqualTo(tree("{\"description\":\"Updated\"}"));
  }

  @Test
  void refusesABlankLibraryIdAtTheCallOnBothFaces() {
    assertThatThrownBy(() -> libraries.retrieve(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("libraryId");
    assertThatThrownBy(() -> reactiveLibraries.documents().retrieve(LIB, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("documentId");
    assertThat(server.findAll(anyRequestedFor(anyUrl()))).isEmpty();
  }

  @Test
  void perCallOptionsReachTheNestedGroupsOfALibrariesView() {
    server.stubFor(
        get("/v1/libraries/" + LIB + "/documents/" + DOC)
            .willReturn(json(200, document(DOC, "done"))));
    server.stubFor(get("/v1/libraries/" + LIB + "/share").willReturn(json(200, "{\"data\":[]}")));

    BetaLibrariesApi routed = libraries.withOptions(o -> o.header("X-Gateway-Route", "eu"));
    routed.documents().retrieve(LIB, DOC);
    routed.accesses().list(LIB);
    libraries.documents().retrieve(LIB, DOC);

    List<LoggedRequest> requests = server.findAll(anyRequestedFor(anyUrl()));
    assertThat(requests)
        .extracting(request -> request.getHeader("X-Gateway-Route"))
        .containsExactly("eu", "eu", null);
  }

  // Documents

  @Test
  void uploadsAPathAsTheOnlyMultipartPartUnderItsOwnName(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("leave-policy.pdf");
    byte[] content = "%PDF-1.7 leave policy".getBytes(StandardCharsets.UTF_8);
    Files.write(file, content);
    server.stubFor(
        post("/v1/libraries/" + LIB + "/documents").willReturn(json(201, document(DOC, "todo"))));

    Document uploaded = libraries.documents().upload(LIB, file);

    assertThat(uploaded.id()).isEqualTo(DOC);
    assertThat(uploaded.processStatus()).isEqualTo(DocumentProcessStatus.TODO);
    server.verify(
        postRequestedFor(urlEqualTo("/v1/libraries/" + LIB + "/documents"))
            .withRequestBodyPart(
                aMultipart("file")
                    .withHeader(
                        "Content-Disposition",
                        equalTo("form-data; name=\"file\"; filename=\"leave-policy.pdf\""))
                    .withBody(binaryEqualTo(content))
                    .build()));
    assertThat(server.onlyRequest().getParts()).hasSize(1);
  }

  @Test
  void readsEveryDocumentFieldAndKeepsTheAttributes() {
    server.stubFor(
        get("/v1/libraries/" + LIB + "/documents/" + DOC)
            .willReturn(json(200, document(DOC, "done"))));

    Document read = libraries.documents().retrieve(LIB, DOC);

    assertThat(read.libraryId()).isEqualTo(LIB);
    assertThat(read.hash()).isEqualTo("9f86d081");
    assertThat(read.mimeType()).isEqualTo("application/pdf");
    assertThat(read.extension()).isEqualTo("pdf");
    assertThat(read.size()).isEqualTo(1024L);
    assertThat(read.name()).isEqualTo("leave-policy.pdf");
    assertThat(read.createdAt()).isEqualTo(OffsetDateTime.parse("2026-07-01T10:05:00Z"));
    assertThat(read.lastProcessedAt()).isNull();
    assertThat(read.numberOfPages()).isEqualTo(4);
    assertThat(read.processStatus()).isEqualTo(DocumentProcessStatus.DONE);
    assertThat(read.isProcessed()).isTrue();
    assertThat(read.uploadedById()).isEqualTo(USER);
    assertThat(read.uploadedByType()).isEqualTo("User");
    assertThat(read.tokensProcessingMainContent()).isEqualTo(900L);
    assertThat(read.tokensProcessingSummary()).isNull();
    assertThat(read.attributes()).containsEntry("team", "hr").containsEntry("year", 2026);
    assertThat(read.processingStatus()).isEqualTo("DONE");
    assertThat(read.tokensProcessingTotal()).isEqualTo(900L);
  }

  @Test
  void retriesAReSendableUploadAfterAServerErrorAsTheApiKeepsOneDocumentPerContent(
      @TempDir Path dir) throws Exception {
    Path file = dir.resolve("a.txt");
    Files.writeString(file, "hello");
    server.stubFor(
        post("/v1/libraries/" + LIB + "/documents")
            .inScenario("flaky")
            .whenScenarioStateIs(STARTED)
            .willReturn(json(503, "{\"message\":\"busy\"}"))
            .willSetStateTo("up"));
    server.stubFor(
        post("/v1/libraries/" + LIB + "/documents")
            .inScenario("flaky")
            .whenScenarioStateIs("up")
            .willReturn(json(200, document(DOC, "done"))));

    try (MistralClient retrying =
        client(RetryPolicy.defaults().withBackoff(Duration.ofMillis(1), Duration.ofMillis(2)))) {
      assertThat(retrying.beta().libraries().documents().upload(LIB, file).id()).isEqualTo(DOC);
    }
    server.verify(2, postRequestedFor(urlEqualTo("/v1/libraries/" + LIB + "/documents")));
  }

  @Test
  void neverSendsAStreamUploadTwice() {
    server.stubFor(
        post("/v1/libraries/" + LIB + "/documents")
            .willReturn(json(503, "{\"message\":\"busy\"}")));
    byte[] content = "once".getBytes(StandardCharsets.UTF_8);

    try (MistralClient retrying =
        client(RetryPolicy.defaults().withBackoff(Duration.ofMillis(1), Duration.ofMillis(2)))) {
      assertThatThrownBy(
              () ->
                  retrying
                      .beta()
                      .libraries()
                      .documents()
                      .upload(LIB, DocumentUpload.of(new ByteArrayInputStream(content), "a.txt")))
          .isInstanceOf(MistralServerException.class);
    }
    server.verify(1, postRequestedFor(urlEqualTo("/v1/libraries/" + LIB + "/documents")));
  }

  @Test
  void listsDocumentsWithEveryQueryParameterAndThePagination() {
    server.stubFor(
        get(urlPathEqualTo("/v1/libraries/" + LIB + "/documents"))
            .willReturn(
                json(
                    200,
                    "{\"pagination\":{\"total_items\":1,\"total_pages\":1,\"current_page\":2,"
                        + "\"page_size\":10,\"has_more\":false},\"data\":["
                        + document(DOC, "done")
                        + "]}")));

    Page<Document> page =
        libraries
            .documents()
            .list(
                LIB,
                DocumentListQuery.builder()
                    .search("leave")
                    .filtersAttributes("{\"team\":\"hr\"}")
                    .sortBy("name")
                    .sortOrder("asc")
                    .page(2)
                    .pageSize(10)
                    .build());

    assertThat(page.data()).extracting(Document::id).containsExactly(DOC);
    // The API's pagination object, read into the one page type's paging values.
    assertThat(page.total()).isEqualTo(1);
    assertThat(page.totalPages()).isEqualTo(1);
    assertThat(page.page()).isEqualTo(2);
    assertThat(page.pageSize()).isEqualTo(10);
    assertThat(page.hasMore()).isFalse();
    LoggedRequest request = server.onlyRequest();
    assertThat(request.queryParameter("search").values()).containsExactly("leave");
    assertThat(request.queryParameter("filters_attributes").values())
        .containsExactly("{\"team\":\"hr\"}");
    assertThat(request.queryParameter("sort_by").values()).containsExactly("name");
    assertThat(request.queryParameter("sort_order").values()).containsExactly("asc");
    assertThat(request.queryParameter("page").values()).containsExactly("2");
    assertThat(request.queryParameter("page_size").values()).containsExactly("10");
  }

  @Test
  void listsTheFirstPageWithNoQueryParameters() {
    server.stubFor(
        get(urlPathEqualTo("/v1/libraries/" + LIB + "/documents"))
            .willReturn(json(200, "{\"data\":[]}")));

    Page<Document> page = libraries.documents().list(LIB);

    assertThat(page.data()).isEmpty();
    assertThat(page.total()).isNull();
    assertThat(page.hasMore()).isNull();
    assertThat(server.onlyRequest().getUrl()).isEqualTo("/v1/libraries/" + LIB + "/documents");
  }

  @Test
  void listsAllDocumentsPageByPageUntilTheTotalOnBothFaces() {
    for (int page = 0; page < 2; page++) {
      server.stubFor(
          get(urlPathEqualTo("/v1/libraries/" + LIB + "/documents"))
              .withQueryParam("page", equalTo(String.valueOf(page)))
              .willReturn(
                  json(
                      200,
                      "{\"pagination\":{\"total_items\":3,\"total_pages\":2,\"current_page\":"
                          + page
                          + ",\"page_size\":2,\"has_more\":"
                          + (page == 0)
                          + "},\"data\":["
                          + (page == 0
                              ? document("d-1", "done") + "," + document("d-2", "done")
                              : document("d-3", "done"))
                          + "]}")));
    }
    DocumentListQuery query = DocumentListQuery.builder().pageSize(2).build();

    assertThat(libraries.documents().listAll(LIB, query))
        .extracting(Document::id)
        .containsExactly("d-1", "d-2", "d-3");
    StepVerifier.create(reactiveLibraries.documents().listAll(LIB, query).map(Document::id))
        .expectNext("d-1", "d-2", "d-3")
        .expectComplete()
        .verify(Duration.ofSeconds(10));
    // Two pages each time, and never a third: the total says the listing ended.
    server.verify(4, getRequestedFor(urlPathEqualTo("/v1/libraries/" + LIB + "/documents")));
  }

  @Test
  void updatesADocumentWithAPutOfTheNameAndAttributes() {
    server.stubFor(
        put("/v1/libraries/" + LIB + "/documents/" + DOC)
            .willReturn(json(200, document(DOC, "done"))));

    libraries
        .documents()
        .update(
            LIB,
            DOC,
            DocumentUpdateRequest.builder()
                .name("policy.pdf")
                .attribute("team", "hr")
                .attribute("tags", List.of("a", "b"))
                .attribute("pinned", true)
                .build());

    LoggedRequest request = server.onlyRequest();
    assertThat(request.getMethod().getName()).isEqualTo("PUT");
    assertThat(body(request))
        .isEqualTo(
            tree(
                "{\"name\":\"policy.pdf\",\"attributes\":"
                    + "{\"team\":\"hr\",\"tags\":[\"a\",\"b\"],\"pinned\":true}}"));
  }

  @Test
  void deletesAndReprocessesADocumentAnsweredWithNoContent() {
    server.stubFor(
        delete("/v1/libraries/" + LIB + "/documents/" + DOC)
            .willReturn(aResponse().withStatus(204)));
    server.stubFor(
        post("/v1/libraries/" + LIB + "/documents/" + DOC + "/reprocess")
            .willReturn(aResponse().withStatus(204)));

    libraries.documents().delete(LIB, DOC);
    StepVerifier.create(reactiveLibraries.documents().reprocess(LIB, DOC))
        .expectComplete()
        .verify(Duration.ofSeconds(10));

    List<LoggedRequest> requests = server.findAll(anyRequestedFor(anyUrl()));
    assertThat(requests)
        .extracting(request -> request.getMethod().getName() + " " + request.getUrl())
        .containsExactly(
            "DELETE /v1/libraries/" + LIB + "/documents/" + DOC,
            "POST /v1/libraries/" + LIB + "/documents/" + DOC + "/reprocess");
  }

  @Test
  void mapsAnErrorOfANoContentOperationToItsException() {
    server.stubFor(
        delete("/v1/libraries/" + LIB + "/documents/" + DOC)
            .willReturn(json(404, "{\"detail\":\"Document not found\"}")));

    assertThatThrownBy(() -> libraries.documents().delete(LIB, DOC))
        .isInstanceOf(MistralNotFoundException.class)
        .hasMessageContaining("Document not found");
  }

  @Test
  void readsTheTextTheStatusAndBothSignedUrls() {
    String base = "/v1/libraries/" + LIB + "/documents/" + DOC;
    server.stubFor(
        get(base + "/text_content").willReturn(json(200, "{\"text\":\"Leave is 25 days.\"}")));
    server.stubFor(
        get(base + "/status")
            .willReturn(
                json(
                    200,
                    "{\"document_id\":\""
                        + DOC
                        + "\",\"process_status\":\"in_progress\","
                        + "\"processing_status\":\"Running\"}")));
    server.stubFor(
        get(base + "/signed-url").willReturn(json(200, "\"https://files.example/doc?sig=1\"")));
    server.stubFor(
        get(base + "/extracted-text-signed-url")
            .willReturn(json(200, "\"https://files.example/text?sig=2\"")));

    BetaLibraryDocumentsApi documents = libraries.documents();
    assertThat(documents.textContent(LIB, DOC).text()).isEqualTo("Leave is 25 days.");
    assertThat(documents.status(LIB, DOC))
        .isEqualTo(new DocumentStatus(DOC, DocumentProcessStatus.IN_PROGRESS, "Running"));
    assertThat(documents.signedUrl(LIB, DOC)).isEqualTo("https://files.example/doc?sig=1");
    assertThat(documents.extractedTextSignedUrl(LIB, DOC))
        .isEqualTo("https://files.example/text?sig=2");
  }

  // Waiting for processing

  private static void stubProcessing(String... statuses) {
    server.stubFor(
        post("/v1/libraries/" + LIB + "/documents")
            .willReturn(json(201, document(DOC, statuses[0]))));
    String state = STARTED;
    for (int i = 1; i < statuses.length; i++) {
      String next = i + 1 < statuses.length ? "poll-" + i : state;
      server.stubFor(
          get("/v1/libraries/" + LIB + "/documents/" + DOC)
              .inScenario("processing")
              .whenScenarioStateIs(state)
              .willReturn(json(200, document(DOC, statuses[i])))
              .willSetStateTo(next));
      state = next;
    }
  }

  private static final PollingBackoff FAST = PollingBackoff.fixed(Duration.ofMillis(10));

  @Test
  void uploadsAndWaitsUntilTheDocumentIsProcessed(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("policy.txt");
    Files.writeString(file, "Leave is 25 days.");
    stubProcessing("todo", "in_progress", "waiting_for_capacity", "done");

    Document done =
        assertTimeoutPreemptively(
            Duration.ofSeconds(20),
            () ->
                libraries
                    .documents()
                    .uploadAndAwait(LIB, DocumentUpload.of(file), Duration.ofSeconds(10), FAST));

    assertThat(done.processStatus()).isEqualTo(DocumentProcessStatus.DONE);
    server.verify(3, getRequestedFor(urlEqualTo("/v1/libraries/" + LIB + "/documents/" + DOC)));
  }

  @Test
  void failsWithATypedTimeoutThatNamesTheLastStatus(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("policy.txt");
    Files.writeString(file, "x");
    server.stubFor(
        post("/v1/libraries/" + LIB + "/documents").willReturn(json(201, document(DOC, "todo"))));
    server.stubFor(
        get("/v1/libraries/" + LIB + "/documents/" + DOC)
            .willReturn(json(200, document(DOC, "in_progress"))));

    StepVerifier.create(
            reactiveLibraries
                .documents()
                .uploadAndAwait(LIB, DocumentUpload.of(file), Duration.ofSeconds(2), FAST))
        .expectErrorSatisfies(
            failure -> {
              assertThat(failure).isInstanceOf(DocumentProcessingTimeoutException.class);
              DocumentProcessingTimeoutException timeout =
                  (DocumentProcessingTimeoutException) failure;
              assertThat(timeout.libraryId()).isEqualTo(LIB);
              assertThat(timeout.documentId()).isEqualTo(DOC);
              assertThat(timeout.lastStatus()).isEqualTo(DocumentProcessStatus.IN_PROGRESS);
              assertThat(timeout.timeout()).isEqualTo(Duration.ofSeconds(2));
              assertThat(timeout.getMessage()).contains(DOC, "in_progress", "PT2S");
            })
        .verify(Duration.ofSeconds(10));
  }

  @Test
  void failsWithAProcessingExceptionWhenTheStatusBecomesError() {
    stubProcessing("todo", "error");

    assertThatThrownBy(
            () ->
                assertTimeoutPreemptively(
                    Duration.ofSeconds(20),
                    () ->
                        libraries
                            .documents()
                            .uploadAndAwait(
                                LIB,
                                DocumentUpload.of(
                                    new ByteArrayInputStream(new byte[] {1}), "broken.pdf"),
                                Duration.ofSeconds(10),
                                FAST)))
        .isInstanceOfSatisfying(
            DocumentProcessingException.class,
            failure -> {
              assertThat(failure.document().id()).isEqualTo(DOC);
              assertThat(failure.getMessage()).contains("reprocess");
            });
  }

  @Test
  void returnsAtOnceWhenTheUploadAnswersAnAlreadyProcessedDocument(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("policy.txt");
    Files.writeString(file, "same content");
    server.stubFor(
        post("/v1/libraries/" + LIB + "/documents").willReturn(json(200, document(DOC, "done"))));

    Document done = libraries.documents().uploadAndAwait(LIB, file, Duration.ofSeconds(5));

    assertThat(done.isProcessed()).isTrue();
    assertThat(server.findAll(getRequestedFor(anyUrl()))).isEmpty();
  }

  @Test
  void refusesAWaitWithoutAPositiveTimeout() {
    assertThatThrownBy(() -> libraries.documents().awaitProcessed(LIB, DOC, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("timeout must be positive");
  }

  // Sharing

  @Test
  void listsSharesUpdatesWithAPutAndDeletesWithABodyOnTheDelete() {
    String path = "/v1/libraries/" + LIB + "/share";
    server.stubFor(get(path).willReturn(json(200, "{\"data\":[" + SHARING + "]}")));
    server.stubFor(put(path).willReturn(json(200, SHARING)));
    server.stubFor(delete(path).willReturn(json(200, SHARING)));

    List<LibraryAccess> accesses = libraries.accesses().list(LIB);
    LibraryAccess granted =
        libraries
            .accesses()
            .update(LIB, LibraryAccessRequest.of(ShareTargetType.USER, USER, ShareLevel.EDITOR));
    libraries.accesses().delete(LIB, LibraryUnshareRequest.of(ShareTargetType.USER, USER));

    assertThat(accesses).containsExactly(new LibraryAccess(LIB, USER, ORG, "Editor", "User", USER));
    assertThat(granted.role()).isEqualTo("Editor");
    List<LoggedRequest> requests = server.findAll(anyRequestedFor(anyUrl()));
    assertThat(requests)
        .extracting(request -> request.getMethod().getName() + " " + request.getUrl())
        .containsExactly("GET " + path, "PUT " + path, "DELETE " + path);
    assertThat(body(requests.get(1)))
        .isEqualTo(
            tree(
                "{\"level\":\"Editor\",\"share_with_uuid\":\""
                    + USER
                    + "\",\"share_with_type\":\"User\"}"));
    assertThat(body(requests.get(2)))
        .isEqualTo(tree("{\"share_with_uuid\":\"" + USER + "\",\"share_with_type\":\"User\"}"));
  }

  @Test
  void refusesASharingRequestWithoutALevelNamingTheBuilderMethod() {
    assertThatThrownBy(
            () -> LibraryAccessRequest.builder().shareWith(ShareTargetType.ORG, ORG).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("LibraryAccessRequest.level is required")
        .hasMessageContaining("level(ShareLevel.VIEWER)");
  }
}
