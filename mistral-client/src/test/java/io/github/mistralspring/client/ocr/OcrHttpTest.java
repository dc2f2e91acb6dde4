package io.github.mistralspring.client.ocr;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.mistralspring.client.model.JsonTrees.tree;
import static io.github.mistralspring.client.testsupport.MistralWireMock.API_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mistralspring.client.MistralClient;
import io.github.mistralspring.client.json.MistralJson;
import io.github.mistralspring.client.model.ImageUrl;
import io.github.mistralspring.client.model.ResponseFormat;
import io.github.mistralspring.client.testsupport.MistralWireMock;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** OCR over HTTP against an in-process WireMock server. */
class OcrHttpTest {

  @RegisterExtension static MistralWireMock server = new MistralWireMock();

  private static final String PNG_BASE64 =
      Base64.getEncoder().encodeToString("not really a png".getBytes(StandardCharsets.UTF_8));

  private static final String RESPONSE =
      """
      {"pages": [
         {"index": 0, "markdown": "# Title\\n\\n![img-0.jpeg](img-0.jpeg)",
          "images": [{"id": "img-0.jpeg", "top_left_x": 10, "top_left_y": 20,
                      "bottom_right_x": 110, "bottom_right_y": 220,
                      "image_base64": "data:image/jpeg;base64,%1$s",
                      "image_annotation": "{\\"kind\\": \\"chart\\"}"}],
          "tables": [{"id": "tbl-0.html", "content": "<table></table>", "format": "html"}],
          "hyperlinks": ["https://example.com"],
          "header": "Header", "footer": null,
          "dimensions": {"dpi": 200, "height": 2200, "width": 1700},
          "confidence_scores": {"average_page_confidence_score": 0.97,
                                "minimum_page_confidence_score": 0.5,
                                "word_confidence_scores": [
                                  {"text": "Title", "confidence": 0.99, "start_index": 2}]},
          "blocks": [{"type": "title", "top_left_x": 1, "top_left_y": 2, "bottom_right_x": 3,
                      "bottom_right_y": 4, "content": "Title"},
                     {"type": "image", "top_left_x": 10, "top_left_y": 20,
                      "bottom_right_x": 110, "bottom_right_y": 220, "content": "",
                      "image_id": "img-0.jpeg"},
                     {"type": "hologram", "top_left_x": 0, "top_left_y": 0,
                      "bottom_right_x": 0, "bottom_right_y": 0, "content": "?"}]},
         {"index": 1, "markdown": "Second page",
          "images": [{"id": "img-1.png", "top_left_x": 0, "top_left_y": 0,
                      "bottom_right_x": 5, "bottom_right_y": 5, "image_base64": "%1$s"},
                     {"id": "img-2.png", "top_left_x": 1, "top_left_y": 1,
                      "bottom_right_x": 6, "bottom_right_y": 6, "image_base64": "%1$s"}],
          "dimensions": {"dpi": 200, "height": 2200, "width": 1700},
          "new_page_field": {"x": 1}}
       ],
       "model": "mistral-ocr-2505",
       "document_annotation": "{\\"title\\": \\"Title\\"}",
       "usage_info": {"pages_processed": 2, "doc_size_bytes": 123456}}
      """
          .formatted(PNG_BASE64);

  private final MistralClient client = server.client();
  private final OcrApi ocr = client.ocr();

  private static JsonNode sentBody() {
    var requests = server.findAll(postRequestedFor(urlEqualTo("/v1/ocr")));
    assertThat(requests).hasSize(1);
    assertThat(requests.get(0).getHeader("Authorization")).isEqualTo("Bearer " + API_KEY);
    return tree(requests.get(0).getBodyAsString());
  }

  @Test
  void sendsEveryOptionOfAnUploadedFileRequest() {
    server.stubFor(post("/v1/ocr").willReturn(okJson(RESPONSE)));
    Map<String, Object> schema =
        Map.of("type", "object", "properties", Map.of("kind", Map.of("type", "string")));

    ocr.process(
        OcrRequest.builder()
            .model("mistral-ocr-latest")
            .id("req-1")
            .fileId("3b6d3b1e-0000-4000-8000-000000000001")
            .pages(List.of(0, 2, 3))
            .includeImageBase64(true)
            .imageLimit(5)
            .imageMinSize(50)
            .bboxAnnotationFormat(ResponseFormat.jsonSchema("image", schema))
            .documentAnnotationFormat(ResponseFormat.jsonSchema("doc", schema))
            .documentAnnotationPrompt("Find the title")
            .tableFormat(TableFormat.HTML)
            .extractHeader(true)
            .extractFooter(false)
            .includeBlocks(true)
            .confidenceScoresGranularity(ConfidenceScoresGranularity.WORD)
            .extraBody("future_flag", 1)
            .build());

    assertThat(sentBody())
        .isEqualTo(
            tree(
                """
                {"model": "mistral-ocr-latest", "id": "req-1",
                 "document": {"type": "file", "file_id": "3b6d3b1e-0000-4000-8000-000000000001"},
                 "pages": [0, 2, 3],
                 "include_image_base64": true, "image_limit": 5, "image_min_size": 50,
                 "bbox_annotation_format": {"type": "json_schema", "json_schema": {"name": "image",
                     "schema": {"type": "object",
                                "properties": {"kind": {"type": "string"}}}}},
                 "document_annotation_format": {"type": "json_schema", "json_schema": {"name": "doc",
                     "schema": {"type": "object",
                                "properties": {"kind": {"type": "string"}}}}},
                 "document_annotation_prompt": "Find the title",
                 "table_format": "html", "extract_header": true, "extract_footer": false,
                 "include_blocks": true, "confidence_scores_granularity": "word",
                 "future_flag": 1}
                """));
  }

  @Test
  void sendsADocumentUrlWithPageRanges() {
    server.stubFor(post("/v1/ocr").willReturn(okJson(RESPONSE)));

    ocr.process(
        OcrRequest.builder()
            .model("mistral-ocr-latest")
            .document(new DocumentUrlDocument("https://arxiv.org/pdf/2201.04234", "paper.pdf"))
            .pages(OcrPages.ranges("0,2-4"))
            .build());

    assertThat(sentBody())
        .isEqualTo(
            tree(
                """
                {"model": "mistral-ocr-latest",
                 "document": {"type": "document_url",
                              "document_url": "https://arxiv.org/pdf/2201.04234",
                              "document_name": "paper.pdf"},
                 "pages": "0,2-4"}
                """));
  }

  @Test
  void sendsAnImageUrlInEitherForm() {
    server.stubFor(post("/v1/ocr").willReturn(okJson(RESPONSE)));

    ocr.process(
        OcrRequest.of(
            "mistral-ocr-latest",
            new ImageUrlDocument(ImageUrl.of("https://example.com/r.png", "high"))));

    assertThat(sentBody())
        .isEqualTo(
            tree(
                """
                {"model": "mistral-ocr-latest",
                 "document": {"type": "image_url",
                              "image_url": {"url": "https://example.com/r.png", "detail": "high"}}}
                """));
  }

  @Test
  void writesADocumentOfATypeTheClientDoesNotKnowAsItWasGiven() {
    OcrDocument unknown =
        MistralJson.mapper()
            .readValue(
                "{\"type\": \"audio_url\", \"audio_url\": \"https://x/a.mp3\"}", OcrDocument.class);

    assertThat(unknown).isInstanceOf(UnknownOcrDocument.class);
    assertThat(unknown.type()).isEqualTo("audio_url");
    assertThat(tree(MistralJson.mapper().writeValueAsString(unknown)))
        .isEqualTo(tree("{\"type\": \"audio_url\", \"audio_url\": \"https://x/a.mp3\"}"));
    assertThat(
            MistralJson.mapper()
                .readValue("{\"type\": \"file\", \"file_id\": \"f\"}", OcrDocument.class))
        .isEqualTo(new FileDocument("f"));
  }

  @Test
  void readsSeveralPagesWithImagesTablesAndBlocks() {
    server.stubFor(post("/v1/ocr").willReturn(okJson(RESPONSE)));

    OcrResponse response =
        ocr.process(
            OcrRequest.builder()
                .model("mistral-ocr-latest")
                .documentUrl("https://x/d.pdf")
                .build());

    assertThat(response.model()).isEqualTo("mistral-ocr-2505");
    assertThat(response.documentAnnotation()).isEqualTo("{\"title\": \"Title\"}");
    assertThat(response.usageInfo()).isEqualTo(new OcrUsageInfo(2, 123456L));
    assertThat(response.pages()).extracting(OcrPageObject::index).containsExactly(0, 1);
    assertThat(response.markdown())
        .isEqualTo("# Title\n\n![img-0.jpeg](img-0.jpeg)\n\nSecond page");

    OcrPageObject first = response.pages().get(0);
    assertThat(first.dimensions()).isEqualTo(new OcrPageDimensions(200, 2200, 1700));
    OcrImageObject image = first.images().get(0);
    assertThat(image.id()).isEqualTo("img-0.jpeg");
    assertThat(
            List.of(image.topLeftX(), image.topLeftY(), image.bottomRightX(), image.bottomRightY()))
        .containsExactly(10, 20, 110, 220);
    assertThat(image.imageAnnotation()).isEqualTo("{\"kind\": \"chart\"}");
    assertThat(new String(image.imageBytes(), StandardCharsets.UTF_8))
        .isEqualTo("not really a png");
    assertThat(first.tables())
        .containsExactly(
            new OcrTableObject("tbl-0.html", "<table></table>", TableFormat.HTML, null));
    assertThat(first.hyperlinks()).containsExactly("https://example.com");
    assertThat(first.header()).isEqualTo("Header");
    assertThat(first.confidenceScores().averagePageConfidenceScore()).isEqualTo(0.97);
    assertThat(first.confidenceScores().wordConfidenceScores())
        .containsExactly(new OcrConfidenceScore("Title", 0.99, 2));
    assertThat(first.blocks())
        .extracting(OcrBlock::type)
        .containsExactly(OcrBlockType.TITLE, OcrBlockType.IMAGE, OcrBlockType.of("hologram"));
    assertThat(first.blocks().get(1).imageId()).isEqualTo("img-0.jpeg");

    OcrPageObject second = response.pages().get(1);
    assertThat(second.images()).hasSize(2);
    assertThat(second.images().get(1).imageBytes())
        .isEqualTo("not really a png".getBytes(StandardCharsets.UTF_8));
    assertThat(second.tables()).isEmpty();
    assertThat(second.blocks()).isEmpty();
  }

  @Test
  void readsAResponseOfTenMegabytes() {
    byte[] imageBytes = new byte[1_500_000];
    Arrays.fill(imageBytes, (byte) 7);
    String base64 = Base64.getEncoder().encodeToString(imageBytes);
    ObjectNode body = MistralJson.mapper().createObjectNode();
    ArrayNode pages = body.putArray("pages");
    for (int i = 0; i < 5; i++) {
      ObjectNode page = pages.addObject();
      page.put("index", i);
      page.put("markdown", "page " + i);
      page.putObject("dimensions").put("dpi", 200).put("height", 10).put("width", 10);
      page.putArray("images")
          .addObject()
          .put("id", "img-" + i)
          .put("top_left_x", 0)
          .put("top_left_y", 0)
          .put("bottom_right_x", 1)
          .put("bottom_right_y", 1)
          .put("image_base64", "data:image/png;base64," + base64);
    }
    body.put("model", "mistral-ocr-2505");
    body.putObject("usage_info").put("pages_processed", 5);
    String json = MistralJson.mapper().writeValueAsString(body);
    assertThat(json.length()).isGreaterThan(10_000_000);
    server.stubFor(post("/v1/ocr").willReturn(okJson(json)));

    OcrResponse response =
        ocr.process(
            OcrRequest.of("mistral-ocr-latest", OcrDocument.documentUrl("https://x/big.pdf")));

    assertThat(response.pages()).hasSize(5);
    assertThat(response.pages().get(4).images().get(0).imageBytes()).isEqualTo(imageBytes);
  }

  @Test
  void requestsNameTheMissingRequiredField() {
    assertThatThrownBy(() -> OcrRequest.builder().model("mistral-ocr-latest").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("OcrRequest.document");
  }
}
