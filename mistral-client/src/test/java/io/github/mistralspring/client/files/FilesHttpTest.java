package io.github.mistralspring.client.files;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.havingExactly;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.mistralspring.client.testsupport.MistralWireMock.API_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mistralspring.client.MistralClient;
import io.github.mistralspring.client.error.MistralNotFoundException;
import io.github.mistralspring.client.model.Deletion;
import io.github.mistralspring.client.paging.Page;
import io.github.mistralspring.client.testsupport.MistralWireMock;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.buffer.DataBufferUtils;

/** The files API over HTTP against an in-process WireMock server. */
class FilesHttpTest {

  @RegisterExtension static MistralWireMock server = new MistralWireMock();

  static final String FILE_ID = "e85980c9-409e-4a46-9304-36588f6292b0";

  static final String STORED =
      """
      {"id": "%s", "object": "file", "bytes": 13000, "created_at": 1759500189,
       "filename": "example.file.jsonl", "purpose": "fine-tune", "sample_type": "instruct",
       "source": "upload", "num_lines": 2, "mimetype": "application/jsonl",
       "signature": "d4821d2de1917341", "expires_at": null, "visibility": "workspace",
       "some_future_field": 1}
      """
          .formatted(FILE_ID);

  private final MistralClient client = server.client();
  private final FilesApi files = client.files();
  private final ReactiveFilesApi reactiveFiles = client.reactive().files();

  @Test
  void uploadsAPathAsAMultipartFilePartWithItsNameAndThePurpose(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("train.jsonl");
    Files.writeString(file, "{\"messages\":[]}\n");
    server.stubFor(post("/v1/files").willReturn(okJson(STORED)));

    StoredFile stored = files.upload(file, FilePurpose.FINE_TUNE);

    assertThat(stored.id()).isEqualTo(FILE_ID);
    assertThat(stored.bytes()).isEqualTo(13000L);
    assertThat(stored.createdAt()).isEqualTo(1759500189L);
    assertThat(stored.purpose()).isEqualTo(FilePurpose.FINE_TUNE);
    assertThat(stored.sampleType()).isEqualTo(SampleType.INSTRUCT);
    assertThat(stored.source()).isEqualTo(FileSource.UPLOAD);
    assertThat(stored.numLines()).isEqualTo(2L);
    assertThat(stored.visibility()).isEqualTo(FileVisibility.WORKSPACE);
    assertThat(stored.deleted()).isNull();
    server.verify(
        postRequestedFor(urlEqualTo("/v1/files"))
            .withHeader("Authorization", equalTo("Bearer " + API_KEY))
            .withHeader("Content-Type", containing("multipart/form-data;boundary="))
            .withRequestBodyPart(aMultipart("purpose").withBody(equalTo("fine-tune")).build())
            .withRequestBodyPart(
                aMultipart("file")
                    .withHeader(
                        "Content-Disposition",
                        equalTo("form-data; name=\"file\"; filename=\"train.jsonl\""))
                    .withBody(binaryEqualTo("{\"messages\":[]}\n".getBytes(StandardCharsets.UTF_8)))
                    .build()));
  }

  @Test
  void uploadsAStreamUnderTheGivenNameWithExpiryAndVisibility() {
    server.stubFor(post("/v1/files").willReturn(okJson(STORED)));
    byte[] content = "{\"custom_id\":\"0\",\"body\":{}}\n".getBytes(StandardCharsets.UTF_8);

    files.upload(
        FileUploadRequest.of(new ByteArrayInputStream(content), "requests.jsonl", FilePurpose.BATCH)
            .withExpiry(48)
            .withVisibility(FileVisibility.USER));

    server.verify(
        postRequestedFor(urlEqualTo("/v1/files"))
            .withRequestBodyPart(aMultipart("purpose").withBody(equalTo("batch")).build())
            .withRequestBodyPart(aMultipart("expiry").withBody(equalTo("48")).build())
            .withRequestBodyPart(aMultipart("visibility").withBody(equalTo("user")).build())
            .withRequestBodyPart(
                aMultipart("file")
                    .withHeader("Content-Disposition", containing("filename=\"requests.jsonl\""))
                    .withBody(binaryEqualTo(content))
                    .build()));
  }

  @Test
  void uploadsAResourceUnderItsOwnNameOrAnother() {
    server.stubFor(post("/v1/files").willReturn(okJson(STORED)));
    byte[] content = "page".getBytes(StandardCharsets.UTF_8);
    ByteArrayResource resource =
        new ByteArrayResource(content) {
          @Override
          public String getFilename() {
            return "scan.pdf";
          }
        };

    reactiveFiles.upload(FileUploadRequest.of(resource, FilePurpose.OCR)).block();
    reactiveFiles
        .upload(FileUploadRequest.of(resource, FilePurpose.OCR).withFilename("renamed.pdf"))
        .block();

    server.verify(
        postRequestedFor(urlEqualTo("/v1/files"))
            .withRequestBodyPart(aMultipart("purpose").withBody(equalTo("ocr")).build())
            .withRequestBodyPart(
                aMultipart("file")
                    .withHeader("Content-Disposition", containing("filename=\"scan.pdf\""))
                    .withBody(binaryEqualTo(content))
                    .build()));
    server.verify(
        postRequestedFor(urlEqualTo("/v1/files"))
            .withRequestBodyPart(
                aMultipart("file")
                    .withHeader("Content-Disposition", containing("filename=\"renamed.pdf\""))
                    .build()));
  }

  @Test
  void refusesAnUploadWithoutAFileName() {
    assertThatThrownBy(
            () ->
                FileUploadRequest.of(
                    new ByteArrayResource(new byte[1]) /* no file name */, FilePurpose.BATCH))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("filename(");
  }

  @Test
  void aResourceThatCannotNameItselfAsksForAFileName() {
    assertThatThrownBy(
            () ->
                FileUploadRequest.of(
                    new FileSystemResource(Path.of("/")) /* a root has no name */,
                    FilePurpose.BATCH))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("filename(");
  }

  @Test
  void listsWithEveryFilterAsQueryParameters() {
    server.stubFor(
        get(urlPathEqualTo("/v1/files"))
            .willReturn(
                okJson("{\"data\": [" + STORED + "], \"object\": \"list\", \"total\": 1}")));

    Page<StoredFile> page =
        files.list(
            FileListQuery.builder()
                .page(2)
                .pageSize(10)
                .includeTotal(true)
                .sampleTypes(SampleType.BATCH_RESULT, SampleType.BATCH_ERROR)
                .sources(FileSource.MISTRAL)
                .search("results")
                .purpose(FilePurpose.BATCH)
                .mimetypes("application/jsonl")
                .build());

    assertThat(page.total()).isEqualTo(1L);
    assertThat(page.object()).isEqualTo("list");
    assertThat(page.data()).extracting(StoredFile::id).containsExactly(FILE_ID);
    server.verify(
        getRequestedFor(urlPathEqualTo("/v1/files"))
            .withHeader("Authorization", equalTo("Bearer " + API_KEY))
            .withQueryParam("page", equalTo("2"))
            .withQueryParam("page_size", equalTo("10"))
            .withQueryParam("include_total", equalTo("true"))
            .withQueryParam("sample_type", havingExactly("batch_result", "batch_error"))
            .withQueryParam("source", havingExactly("mistral"))
            .withQueryParam("search", equalTo("results"))
            .withQueryParam("purpose", equalTo("batch"))
            .withQueryParam("mimetypes", havingExactly("application/jsonl")));
  }

  @Test
  void listWithoutFiltersSendsNoQuery() {
    server.stubFor(
        get(urlEqualTo("/v1/files")).willReturn(okJson("{\"data\": [], \"object\": \"list\"}")));

    assertThat(files.list().data()).isEmpty();
    server.verify(getRequestedFor(urlEqualTo("/v1/files")).withQueryParam("page", absent()));
  }

  @Test
  void retrievesAFileWithItsDeletedFlag() {
    server.stubFor(
        get("/v1/files/" + FILE_ID)
            .willReturn(
                okJson(STORED.replace("\"some_future_field\"", "\"deleted\": false, \"x\""))));

    StoredFile file = files.retrieve(FILE_ID);

    assertThat(file.deleted()).isFalse();
    assertThat(file.filename()).isEqualTo("example.file.jsonl");
    server.verify(getRequestedFor(urlEqualTo("/v1/files/" + FILE_ID)));
  }

  @Test
  void deletesAFile() {
    server.stubFor(
        delete("/v1/files/" + FILE_ID)
            .willReturn(
                okJson(
                    "{\"id\": \"%s\", \"object\": \"file\", \"deleted\": true}"
                        .formatted(FILE_ID))));

    Deletion deleted = files.delete(FILE_ID);

    assertThat(deleted).isEqualTo(new Deletion(FILE_ID, "file", true));
    server.verify(
        deleteRequestedFor(urlEqualTo("/v1/files/" + FILE_ID))
            .withHeader("Authorization", equalTo("Bearer " + API_KEY)));
  }

  @Test
  void getsASignedUrlWithAnExpiry() {
    server.stubFor(
        get(urlPathEqualTo("/v1/files/" + FILE_ID + "/url"))
            .willReturn(okJson("{\"url\": \"https://files.example/signed?sig=1\"}")));

    assertThat(files.signedUrl(FILE_ID, 2).url()).isEqualTo("https://files.example/signed?sig=1");
    assertThat(files.signedUrl(FILE_ID).url()).startsWith("https://");

    server.verify(getRequestedFor(urlEqualTo("/v1/files/" + FILE_ID + "/url?expiry=2")));
    server.verify(getRequestedFor(urlEqualTo("/v1/files/" + FILE_ID + "/url")));
  }

  @Test
  void downloadsAsBuffersAsAStreamAndToAPath(@TempDir Path dir) throws Exception {
    byte[] content = new byte[200_000];
    for (int i = 0; i < content.length; i++) {
      content[i] = (byte) (i * 7);
    }
    server.stubFor(
        get("/v1/files/" + FILE_ID + "/content")
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/octet-stream")
                    .withBody(content)));

    ByteArrayOutputStream buffers = new ByteArrayOutputStream();
    reactiveFiles
        .download(FILE_ID)
        .doOnNext(
            buffer -> {
              byte[] bytes = new byte[buffer.readableByteCount()];
              buffer.read(bytes);
              buffers.writeBytes(bytes);
              DataBufferUtils.release(buffer);
            })
        .blockLast();
    assertThat(buffers.toByteArray()).isEqualTo(content);

    try (InputStream in = files.download(FILE_ID)) {
      assertThat(in.readAllBytes()).isEqualTo(content);
    }

    Path target = files.downloadTo(FILE_ID, dir.resolve("out.bin"));
    assertThat(Files.readAllBytes(target)).isEqualTo(content);

    server.verify(
        3,
        getRequestedFor(urlEqualTo("/v1/files/" + FILE_ID + "/content"))
            .withHeader("Authorization", equalTo("Bearer " + API_KEY)));
  }

  @Test
  void closingADownloadStreamEarlyIsClean() throws Exception {
    server.stubFor(
        get("/v1/files/big/content").willReturn(aResponse().withBody(new byte[2_000_000])));

    try (InputStream in = files.download("big")) {
      assertThat(in.readNBytes(10)).hasSize(10);
    }
    // The connection pool is still usable afterwards.
    server.stubFor(get("/v1/files/" + FILE_ID).willReturn(okJson(STORED)));
    assertThat(files.retrieve(FILE_ID).id()).isEqualTo(FILE_ID);
  }

  @Test
  void aMissingFileFailsTheDownloadWithNotFound() {
    server.stubFor(
        get("/v1/files/missing/content")
            .willReturn(aResponse().withStatus(404).withBody("{\"message\": \"No file\"}")));

    assertThatThrownBy(() -> files.download("missing").read())
        .isInstanceOf(MistralNotFoundException.class)
        .hasMessageContaining("No file");
  }

  @Test
  void listAllFetchesPagesLazilyAndStopsWhenTheConsumerStops() {
    stubPages(3);

    List<String> firstThree =
        reactiveFiles
            .listAll(FileListQuery.builder().pageSize(2).build())
            .map(StoredFile::id)
            .take(3)
            .collectList()
            .block();
    assertThat(firstThree).containsExactly("f0", "f1", "f2");
    server.verify(
        1, getRequestedFor(urlPathEqualTo("/v1/files")).withQueryParam("page", equalTo("0")));
    server.verify(
        1, getRequestedFor(urlPathEqualTo("/v1/files")).withQueryParam("page", equalTo("1")));
    server.verify(
        0, getRequestedFor(urlPathEqualTo("/v1/files")).withQueryParam("page", equalTo("2")));

    server.resetRequests();
    try (Stream<StoredFile> all = files.listAll(FileListQuery.builder().pageSize(2).build())) {
      assertThat(all.limit(2).map(StoredFile::id)).containsExactly("f0", "f1");
    }
    server.verify(1, getRequestedFor(urlPathEqualTo("/v1/files")));
  }

  @Test
  void listAllVisitsEveryPageWhenTheConsumerDoesNotStop() {
    stubPages(3);

    try (Stream<StoredFile> all =
        files.listAll(FileListQuery.builder().pageSize(2).search("f").build())) {
      assertThat(all.map(StoredFile::id)).containsExactly("f0", "f1", "f2", "f3", "f4");
    }
    assertThat(
            reactiveFiles
                .listAll(FileListQuery.builder().pageSize(2).build())
                .map(StoredFile::id)
                .collectList()
                .block())
        .containsExactly("f0", "f1", "f2", "f3", "f4");
    // Three pages each time, and never a fourth: the last page reaches the total.
    server.verify(6, getRequestedFor(urlPathEqualTo("/v1/files")));
    server.verify(
        3,
        getRequestedFor(urlPathEqualTo("/v1/files"))
            .withQueryParam("search", equalTo("f"))
            .withQueryParam("page_size", equalTo("2")));
  }

  /** Three pages of two, two and one files, with a total of five. */
  private static void stubPages(int pages) {
    int id = 0;
    for (int page = 0; page < pages; page++) {
      StringBuilder data = new StringBuilder();
      int count = page == pages - 1 ? 1 : 2;
      for (int i = 0; i < count; i++, id++) {
        data.append(i > 0 ? "," : "").append(STORED.replace(FILE_ID, "f" + id));
      }
      server.stubFor(
          get(urlPathEqualTo("/v1/files"))
              .withQueryParam("page", equalTo(Integer.toString(page)))
              .willReturn(
                  okJson("{\"data\": [" + data + "], \"object\": \"list\", \"total\": 5}")));
    }
  }
}
