package io.github.mistralspring.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.mistralspring.client.MistralClient;
import io.github.mistralspring.client.beta.conversations.ConversationRequest;
import io.github.mistralspring.client.beta.conversations.ConversationResponse;
import io.github.mistralspring.client.beta.conversations.MessageOutputEntry;
import io.github.mistralspring.client.beta.conversations.ToolExecutionEntry;
import io.github.mistralspring.client.beta.libraries.BetaLibrariesApi;
import io.github.mistralspring.client.beta.libraries.BetaLibraryDocumentsApi;
import io.github.mistralspring.client.beta.libraries.Document;
import io.github.mistralspring.client.beta.libraries.DocumentListQuery;
import io.github.mistralspring.client.beta.libraries.DocumentProcessStatus;
import io.github.mistralspring.client.beta.libraries.DocumentProcessingTimeoutException;
import io.github.mistralspring.client.beta.libraries.DocumentUpdateRequest;
import io.github.mistralspring.client.beta.libraries.DocumentUpload;
import io.github.mistralspring.client.beta.libraries.Library;
import io.github.mistralspring.client.beta.libraries.LibraryAccess;
import io.github.mistralspring.client.beta.libraries.LibraryAccessRequest;
import io.github.mistralspring.client.beta.libraries.LibraryRequest;
import io.github.mistralspring.client.beta.libraries.LibraryUnshareRequest;
import io.github.mistralspring.client.beta.libraries.LibraryUpdateRequest;
import io.github.mistralspring.client.beta.libraries.ShareLevel;
import io.github.mistralspring.client.beta.libraries.ShareTargetType;
import io.github.mistralspring.client.beta.tools.DocumentLibraryTool;
import io.github.mistralspring.client.error.MistralBadRequestException;
import io.github.mistralspring.client.error.MistralGoneException;
import io.github.mistralspring.client.error.MistralNotFoundException;
import io.github.mistralspring.client.jobs.PollingBackoff;
import io.github.mistralspring.client.model.ToolReferenceChunk;
import io.github.mistralspring.client.paging.Page;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The libraries, documents and sharing operations of the simulator, driven through the client. */
class MockMistralLibrariesTests {

  @RegisterExtension static MockMistralExtension mistral = new MockMistralExtension();

  private static final PollingBackoff FAST = PollingBackoff.fixed(Duration.ofMillis(5));

  private static final String POLICY =
      "The office opens at nine.\n"
          + "Every employee has twenty-five days of paid vacation per year.\n"
          + "Expenses are reimbursed within thirty days.";

  private MistralClient client;
  private BetaLibrariesApi libraries;

  @BeforeEach
  void createClient() {
    client = MistralClient.builder().apiKey("k").baseUrl(mistral.baseUrl()).build();
    libraries = client.beta().libraries();
  }

  @AfterEach
  void closeClient() {
    client.close();
    mistral.server().advanceJobsOnRetrieve(true).advanceJobsEvery(null).retireFineTuning(false);
  }

  private static DocumentUpload text(String name, String content) {
    return DocumentUpload.of(
        new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), name);
  }

  @Test
  void createsListsRetrievesUpdatesAndDeletesLibraries() {
    Library created =
        libraries.create(
            LibraryRequest.builder().name("Handbook").description("HR").chunkSize(256).build());
    libraries.create(LibraryRequest.of("Other"));

    assertThat(created.name()).isEqualTo("Handbook");
    assertThat(created.description()).isEqualTo("HR");
    assertThat(created.chunkSize()).isEqualTo(256);
    assertThat(created.documentCount()).isZero();
    assertThat(libraries.list()).extracting(Library::name).contains("Handbook", "Other");
    assertThat(libraries.retrieve(created.id())).isEqualTo(created);

    Library renamed =
        libraries.update(created.id(), LibraryUpdateRequest.builder().name("People").build());
    assertThat(renamed.name()).isEqualTo("People");
    assertThat(renamed.description()).isEqualTo("HR");

    assertThat(libraries.delete(created.id()).id()).isEqualTo(created.id());
    assertThatThrownBy(() -> libraries.retrieve(created.id()))
        .isInstanceOf(MistralNotFoundException.class);
  }

  @Test
  void refusesALibraryWithoutANameAsTheApiDoes() {
    // Sent without the client, whose own check refuses it first.
    int status =
        HttpSupport.post(mistral.baseUrl() + "/v1/libraries", "k", "{\"description\":\"x\"}")
            .status();

    assertThat(status).isEqualTo(422);
  }

  @Test
  void aDocumentGoesFromTodoThroughInProgressToDoneAsItIsRead() {
    Library library = libraries.create(LibraryRequest.of("Handbook"));
    BetaLibraryDocumentsApi documents = libraries.documents();

    Document uploaded = documents.upload(library.id(), text("policy.txt", POLICY));

    assertThat(uploaded.processStatus()).isEqualTo(DocumentProcessStatus.TODO);
    assertThat(uploaded.name()).isEqualTo("policy.txt");
    assertThat(uploaded.extension()).isEqualTo("txt");
    assertThat(uploaded.size()).isEqualTo(POLICY.getBytes(StandardCharsets.UTF_8).length);
    assertThat(documents.status(library.id(), uploaded.id()).processStatus())
        .isEqualTo(DocumentProcessStatus.IN_PROGRESS);
    assertThatThrownBy(() -> documents.textContent(library.id(), uploaded.id()))
        .isInstanceOf(MistralBadRequestException.class)
        .hasMessageContaining("not processed yet");
    Document done = documents.retrieve(library.id(), uploaded.id());
    assertThat(done.processStatus()).isEqualTo(DocumentProcessStatus.DONE);
    assertThat(done.lastProcessedAt()).isNotNull();
    assertThat(done.tokensProcessingTotal()).isPositive();
    assertThat(documents.textContent(library.id(), uploaded.id()).text()).isEqualTo(POLICY);
    Library counted = libraries.retrieve(library.id());
    assertThat(counted.documentCount()).isEqualTo(1);
    assertThat(counted.totalSize()).isEqualTo(uploaded.size());
  }

  @Test
  void aDocumentIsProcessedWithTimeWhenReadsDoNotMoveIt() {
    mistral.server().advanceJobsOnRetrieve(false).advanceJobsEvery(Duration.ofMillis(30));
    Library library = libraries.create(LibraryRequest.of("Handbook"));

    Document done =
        assertTimeoutPreemptively(
            Duration.ofSeconds(20),
            () ->
                libraries
                    .documents()
                    .uploadAndAwait(
                        library.id(), text("policy.txt", POLICY), Duration.ofSeconds(10), FAST));

    assertThat(done.processStatus()).isEqualTo(DocumentProcessStatus.DONE);
  }

  @Test
  void theWaitTimesOutWhileTheDocumentDoesNotMove() {
    mistral.server().advanceJobsOnRetrieve(false);
    Library library = libraries.create(LibraryRequest.of("Handbook"));

    assertThatThrownBy(
            () ->
                libraries
                    .documents()
                    .uploadAndAwait(
                        library.id(), text("policy.txt", POLICY), Duration.ofSeconds(2), FAST))
        .isInstanceOfSatisfying(
            DocumentProcessingTimeoutException.class,
            timeout -> assertThat(timeout.lastStatus()).isEqualTo(DocumentProcessStatus.TODO));
  }

  @Test
  void anEmptyDocumentEndsMissingContentAndTheSameContentIsOneDocument() {
    Library library = libraries.create(LibraryRequest.of("Handbook"));
    BetaLibraryDocumentsApi documents = libraries.documents();

    Document empty =
        documents.uploadAndAwait(library.id(), text("empty.txt", ""), Duration.ofSeconds(10), FAST);
    Document first = documents.upload(library.id(), text("a.txt", POLICY));
    Document again = documents.upload(library.id(), text("b.txt", POLICY));

    assertThat(empty.processStatus()).isEqualTo(DocumentProcessStatus.MISSING_CONTENT);
    assertThat(again.id()).isEqualTo(first.id());
    assertThat(again.name()).isEqualTo("a.txt");
    assertThat(documents.list(library.id()).data()).hasSize(2);
  }

  @Test
  void listsPagesSearchesFiltersAndSortsDocuments() {
    Library library = libraries.create(LibraryRequest.of("Handbook"));
    BetaLibraryDocumentsApi documents = libraries.documents();
    for (String name : List.of("c.txt", "a.txt", "b.txt")) {
      Document document = documents.upload(library.id(), text(name, "content of " + name));
      documents.update(
          library.id(),
          document.id(),
          DocumentUpdateRequest.builder()
              .attribute("team", name.equals("a.txt") ? "hr" : "it")
              .build());
    }

    Page<Document> first =
        documents.list(library.id(), DocumentListQuery.builder().pageSize(2).build());
    assertThat(first.data()).extracting(Document::name).containsExactly("b.txt", "a.txt");
    assertThat(first.total()).isEqualTo(3);
    assertThat(first.totalPages()).isEqualTo(2);
    assertThat(first.hasMore()).isTrue();
    assertThat(
            documents.listAll(
                library.id(),
                DocumentListQuery.builder().pageSize(1).sortBy("name").sortOrder("asc").build()))
        .extracting(Document::name)
        .containsExactly("a.txt", "b.txt", "c.txt");
    assertThat(
            documents
                .list(library.id(), DocumentListQuery.builder().search("C.TXT").build())
                .data())
        .extracting(Document::name)
        .containsExactly("c.txt");
    assertThat(
            documents
                .list(
                    library.id(),
                    DocumentListQuery.builder().filtersAttributes("{\"team\":\"hr\"}").build())
                .data())
        .extracting(Document::name)
        .containsExactly("a.txt");
    assertThat(documents.list(library.id(), DocumentListQuery.ALL).data().get(0).attributes())
        .containsEntry("team", "it");
  }

  @Test
  void renamesDeletesReprocessesAndSignsDocuments() {
    Library library = libraries.create(LibraryRequest.of("Handbook"));
    BetaLibraryDocumentsApi documents = libraries.documents();
    Document document =
        documents.uploadAndAwait(
            library.id(), text("policy.txt", POLICY), Duration.ofSeconds(10), FAST);

    assertThat(
            documents
                .update(
                    library.id(),
                    document.id(),
                    DocumentUpdateRequest.builder().name("leave.txt").build())
                .name())
        .isEqualTo("leave.txt");
    assertThat(documents.signedUrl(library.id(), document.id()))
        .startsWith(mistral.baseUrl())
        .contains(document.id(), "signature=");
    assertThat(documents.extractedTextSignedUrl(library.id(), document.id()))
        .contains(document.id(), "/text?signature=");

    documents.reprocess(library.id(), document.id());
    assertThat(documents.status(library.id(), document.id()).processStatus())
        .isEqualTo(DocumentProcessStatus.IN_PROGRESS);
    assertThat(documents.awaitProcessed(library.id(), document.id(), Duration.ofSeconds(10), FAST))
        .extracting(Document::processStatus)
        .isEqualTo(DocumentProcessStatus.DONE);

    documents.delete(library.id(), document.id());
    assertThatThrownBy(() -> documents.retrieve(library.id(), document.id()))
        .isInstanceOf(MistralNotFoundException.class);
    assertThat(libraries.retrieve(library.id()).documentCount()).isZero();
  }

  @Test
  void sharesChangesAndRevokesAccess() {
    Library library = libraries.create(LibraryRequest.of("Handbook"));
    String user = "5a9e1c2b-3d4f-4a6b-8c7d-9e0f1a2b3c4d";

    LibraryAccess granted =
        libraries
            .accesses()
            .update(
                library.id(),
                LibraryAccessRequest.of(ShareTargetType.USER, user, ShareLevel.VIEWER));
    libraries
        .accesses()
        .update(
            library.id(), LibraryAccessRequest.of(ShareTargetType.USER, user, ShareLevel.EDITOR));

    assertThat(granted.role()).isEqualTo("Viewer");
    assertThat(libraries.accesses().list(library.id()))
        .singleElement()
        .satisfies(
            access -> {
              assertThat(access.role()).isEqualTo("Editor");
              assertThat(access.shareWithType()).isEqualTo("User");
              assertThat(access.shareWithUuid()).isEqualTo(user);
              assertThat(access.libraryId()).isEqualTo(library.id());
            });
    assertThat(libraries.retrieve(library.id()).explicitUserMembersCount()).isEqualTo(1);

    libraries.accesses().delete(library.id(), LibraryUnshareRequest.of(ShareTargetType.USER, user));
    assertThat(libraries.accesses().list(library.id())).isEmpty();
    assertThatThrownBy(
            () ->
                libraries
                    .accesses()
                    .delete(library.id(), LibraryUnshareRequest.of(ShareTargetType.USER, user)))
        .isInstanceOf(MistralNotFoundException.class);
  }

  @Test
  void refusesAnUploadWithoutAFilePart() {
    Library library = libraries.create(LibraryRequest.of("Handbook"));

    int status =
        HttpSupport.post(
                mistral.baseUrl() + "/v1/libraries/" + library.id() + "/documents", "k", "{}")
            .status();

    assertThat(status).isEqualTo(422);
    assertThatThrownBy(() -> libraries.documents().list("no-such-library"))
        .isInstanceOf(MistralNotFoundException.class);
  }

  /** The README's example: a conversation that answers from an uploaded document. */
  @Test
  void aConversationWithTheDocumentLibraryToolAnswersFromAnUploadedDocument() {
    Library library = libraries.create(LibraryRequest.of("Handbook"));
    libraries
        .documents()
        .uploadAndAwait(library.id(), text("policy.txt", POLICY), Duration.ofSeconds(10), FAST);

    ConversationResponse answer =
        client
            .beta()
            .conversations()
            .start(
                ConversationRequest.builder()
                    .model("mistral-medium-latest")
                    .addTool(DocumentLibraryTool.of(library.id()))
                    .inputs("How many days of paid vacation does an employee have?")
                    .build());

    assertThat(answer.outputs().get(0)).isInstanceOf(ToolExecutionEntry.class);
    assertThat(((ToolExecutionEntry) answer.outputs().get(0)).name()).isEqualTo("document_library");
    assertThat(answer.text())
        .isEqualTo("Every employee has twenty-five days of paid vacation per year.");
    MessageOutputEntry message = (MessageOutputEntry) answer.outputs().get(1);
    assertThat(message.content().chunks())
        .filteredOn(ToolReferenceChunk.class::isInstance)
        .singleElement()
        .satisfies(
            chunk -> {
              ToolReferenceChunk reference = (ToolReferenceChunk) chunk;
              assertThat(reference.tool()).isEqualTo("document_library");
              assertThat(reference.title()).isEqualTo("policy.txt");
            });
  }

  @Test
  void aLibraryWhoseDocumentIsNotProcessedYetAnswersNothingFromIt() {
    mistral.server().advanceJobsOnRetrieve(false);
    Library library = libraries.create(LibraryRequest.of("Handbook"));
    libraries.documents().upload(library.id(), text("policy.txt", POLICY));

    ConversationResponse answer =
        client
            .beta()
            .conversations()
            .start(
                ConversationRequest.builder()
                    .model("mistral-medium-latest")
                    .addTool(DocumentLibraryTool.of(library.id()))
                    .inputs("How many days of paid vacation does an employee have?")
                    .build());

    assertThat(answer.outputs()).noneMatch(ToolExecutionEntry.class::isInstance);
    assertThat(answer.text()).doesNotContain("twenty-five");
  }

  @Test
  @SuppressWarnings("deprecation") // the retired group is what this checks
  void answersLegacyFineTuningWith410WhenRetired() {
    assertThat(client.fineTuning().list().data()).isEmpty();

    mistral.server().retireFineTuning(true);

    assertThatThrownBy(() -> client.fineTuning().list())
        .isInstanceOfSatisfying(
            MistralGoneException.class,
            gone -> {
              assertThat(gone.statusCode()).isEqualTo(410);
              assertThat(gone.errorMessage())
                  .hasValueSatisfying(m -> assertThat(m).contains("retired"));
            });
    assertThatThrownBy(() -> client.fineTuning().retrieve("job-1"))
        .isInstanceOf(MistralGoneException.class);
    // The models routes under /v1/fine_tuning/models stay.
    assertThatThrownBy(() -> client.models().archive("ft:nope"))
        .isInstanceOf(MistralNotFoundException.class);
  }
}
