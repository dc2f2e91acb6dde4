package io.github.mistralspring.springai.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mistralspring.client.MistralClient;
import io.github.mistralspring.springai.Simulators;
import io.github.mistralspring.test.MockMistralExtension;
import io.github.mistralspring.test.MockResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.ai.document.Document;
import org.springframework.core.io.ByteArrayResource;
import tools.jackson.databind.JsonNode;

/** {@link MistralOcrDocumentReader} against the Mistral simulator. */
class MistralOcrDocumentReaderTests {

  @RegisterExtension static MockMistralExtension mistral = new MockMistralExtension();

  // Three page objects, which is what the simulator (like a PDF reader) counts.
  private static final byte[] THREE_PAGE_PDF =
      ("%PDF-1.4\n1 0 obj << /Type /Pages /Count 3 >> endobj\n"
              + "2 0 obj << /Type /Page >> endobj\n3 0 obj << /Type /Page >> endobj\n"
              + "4 0 obj << /Type /Page >> endobj\n%%EOF\n")
          .getBytes(StandardCharsets.ISO_8859_1);

  private MistralClient client;

  @BeforeEach
  void setUp() {
    client = Simulators.client(mistral.server());
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  private static ByteArrayResource named(byte[] bytes, String name) {
    return new ByteArrayResource(bytes) {
      @Override
      public String getFilename() {
        return name;
      }
    };
  }

  @Test
  void aMultiPageDocumentBecomesOneDocumentPerPage() {
    List<Document> pages =
        MistralOcrDocumentReader.builder()
            .mistralClient(client)
            .resource(named(THREE_PAGE_PDF, "report.pdf"))
            .build()
            .get();

    assertThat(pages).hasSize(3);
    for (int index = 0; index < 3; index++) {
      Document page = pages.get(index);
      assertThat(page.getText()).contains("Page " + (index + 1) + " of 3");
      assertThat(page.getMetadata())
          .containsEntry(MistralOcrMetadata.PAGE_INDEX, index)
          .containsEntry(MistralOcrMetadata.PAGE_COUNT, 3)
          .containsEntry(MistralOcrMetadata.SOURCE, "report.pdf")
          .containsEntry(MistralOcrMetadata.MODEL, "mistral-ocr-latest")
          .containsKeys(MistralOcrMetadata.PAGE_WIDTH, MistralOcrMetadata.PAGE_HEIGHT);
    }
    JsonNode document = mistral.server().takeRequest().bodyJson().path("document");
    assertThat(document.path("type").asString()).isEqualTo("document_url");
    assertThat(document.path("document_url").asString()).startsWith("data:application/pdf;base64,");
  }

  @Test
  void headersFootersImagesAndTablesBecomeMetadata() {
    mistral
        .server()
        .enqueue(
            MockResponse.json(
                    200,
                    """
                    {"model":"mistral-ocr-2512","document_annotation":"{\\"title\\":\\"Q3\\"}",
                     "usage_info":{"pages_processed":2,"doc_size_bytes":1000},
                     "pages":[
                      {"index":0,"markdown":"# Q3 report\\n\\n![img-0.jpeg](img-0.jpeg)\\n\\n[tbl-0.md](tbl-0.md)",
                       "header":"ACME Corp","footer":"Page 1",
                       "images":[{"id":"img-0.jpeg","top_left_x":10,"top_left_y":20,
                                  "bottom_right_x":110,"bottom_right_y":220,"image_base64":null}],
                       "tables":[{"id":"tbl-0.md","content":"| a | b |\\n|---|---|\\n| 1 | 2 |","format":"markdown"}],
                       "hyperlinks":["https://example.com"],
                       "dimensions":{"dpi":200,"height":2200,"width":1700}},
                      {"index":1,"markdown":"The end.","header":null,"footer":"Page 2",
                       "images":[],"tables":[],"hyperlinks":[],
                       "dimensions":{"dpi":200,"height":2200,"width":1700}}]}
                    """)
                .forPath("/v1/ocr"));

    List<Document> pages =
        MistralOcrDocumentReader.builder()
            .mistralClient(client)
            .documentUrl("https://example.com/q3.pdf")
            .extractHeader(true)
            .extractFooter(true)
            .tableFormat("markdown")
            .includeImageBase64(true)
            .pages(List.of(0, 1))
            .build()
            .get();

    Map<String, Object> first = pages.get(0).getMetadata();
    assertThat(first)
        .containsEntry(MistralOcrMetadata.HEADER, "ACME Corp")
        .containsEntry(MistralOcrMetadata.FOOTER, "Page 1")
        .containsEntry(MistralOcrMetadata.HYPERLINKS, List.of("https://example.com"))
        .containsEntry(MistralOcrMetadata.PAGE_DPI, 200)
        .containsEntry(MistralOcrMetadata.SOURCE, "https://example.com/q3.pdf")
        .containsEntry(MistralOcrMetadata.DOCUMENT_ANNOTATION, "{\"title\":\"Q3\"}");
    assertThat(first.get(MistralOcrMetadata.IMAGES))
        .isEqualTo(
            List.of(
                Map.of(
                    "id", "img-0.jpeg",
                    "top_left_x", 10,
                    "top_left_y", 20,
                    "bottom_right_x", 110,
                    "bottom_right_y", 220)));
    assertThat(first.get(MistralOcrMetadata.TABLES))
        .isEqualTo(
            List.of(
                Map.of(
                    "id", "tbl-0.md",
                    "format", "markdown",
                    "content", "| a | b |\n|---|---|\n| 1 | 2 |")));
    Map<String, Object> second = pages.get(1).getMetadata();
    assertThat(second).containsEntry(MistralOcrMetadata.FOOTER, "Page 2");
    assertThat(second)
        .doesNotContainKeys(
            MistralOcrMetadata.HEADER, MistralOcrMetadata.IMAGES, MistralOcrMetadata.TABLES);
    assertThat(pages.get(1).getText()).isEqualTo("The end.");

    JsonNode body = mistral.server().takeRequest().bodyJson();
    assertThat(body.path("document").path("document_url").asString())
        .isEqualTo("https://example.com/q3.pdf");
    assertThat(body.path("extract_header").asBoolean()).isTrue();
    assertThat(body.path("extract_footer").asBoolean()).isTrue();
    assertThat(body.path("table_format").asString()).isEqualTo("markdown");
    assertThat(body.path("include_image_base64").asBoolean()).isTrue();
    assertThat(body.path("pages")).hasSize(2);
  }

  @Test
  void anImageResourceIsSentAsAnImage() {
    List<Document> pages =
        MistralOcrDocumentReader.builder()
            .mistralClient(client)
            .resource(named(new byte[] {1, 2, 3}, "scan.png"))
            .build()
            .get();

    assertThat(pages).hasSize(1);
    JsonNode document = mistral.server().takeRequest().bodyJson().path("document");
    assertThat(document.path("type").asString()).isEqualTo("image_url");
    assertThat(document.path("image_url").asString()).isEqualTo("data:image/png;base64,AQID");
  }

  @Test
  void aReaderWithoutADocumentSaysWhatIsMissing() {
    assertThatThrownBy(() -> MistralOcrDocumentReader.builder().mistralClient(client).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("documentUrl, imageUrl, fileId or resource");
  }

  @Test
  void aReaderReadsOneDocument() {
    MistralOcrDocumentReader.Builder builder =
        MistralOcrDocumentReader.builder().documentUrl("https://example.com/a.pdf");

    assertThatThrownBy(() -> builder.fileId("file-1"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("already set to https://example.com/a.pdf");
  }
}
