package io.github.mistralspring.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mistralspring.client.batch.ApiEndpoint;
import io.github.mistralspring.client.batch.BatchJobRequest;
import io.github.mistralspring.client.batch.BatchRequest;
import io.github.mistralspring.client.files.FilePurpose;
import io.github.mistralspring.client.files.FileUploadRequest;
import io.github.mistralspring.client.finetuning.CompletionTrainingParameters;
import io.github.mistralspring.client.finetuning.FineTuningJobRequest;
import io.github.mistralspring.client.model.ResponseFormat;
import io.github.mistralspring.client.ocr.OcrRequest;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;

/**
 * A request's builder checks its fields at {@code build()}, once, and fails with {@code
 * IllegalStateException} naming the field and the builder method that sets it; the short factories
 * and the {@code with..} copies go through the same check.
 */
class RequestBuildChecksTest {

  @Test
  void anOcrRequestNeedsADocumentAndADocumentAnnotationPromptNeedsItsFormat() {
    assertThatThrownBy(() -> OcrRequest.builder().model("mistral-ocr-latest").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("OcrRequest.document")
        .hasMessageContaining("documentUrl(");
    OcrRequest.Builder prompted =
        OcrRequest.builder()
            .documentUrl("https://example.com/invoice.pdf")
            .documentAnnotationPrompt("The invoice's total and currency");
    assertThatThrownBy(prompted::build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("OcrRequest.documentAnnotationPrompt")
        .hasMessageContaining("documentAnnotationFormat(");

    OcrRequest request =
        prompted
            .documentAnnotationFormat(
                ResponseFormat.jsonSchema("invoice", Map.of("type", "object")))
            .build();
    assertThat(request.documentAnnotationPrompt()).isEqualTo("The invoice's total and currency");
    // A null clears an optional field, so the builder holds a valid request again.
    OcrRequest cleared =
        request.toBuilder().documentAnnotationFormat(null).documentAnnotationPrompt(null).build();
    assertThat(cleared.documentAnnotationFormat()).isNull();
  }

  @Test
  void aFineTuningJobRequestNeedsItsModelAndItsTrainingParameters() {
    assertThatThrownBy(
            () ->
                FineTuningJobRequest.builder()
                    .hyperparameters(CompletionTrainingParameters.of(10, 1e-4))
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("FineTuningJobRequest.model")
        .hasMessageContaining("model(");
    assertThatThrownBy(
            () ->
                FineTuningJobRequest.builder()
                    .model("open-mistral-7b")
                    .addTrainingFile("f")
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("FineTuningJobRequest.hyperparameters")
        .hasMessageContaining("hyperparameters(");
  }

  @Test
  void aBatchJobRequestNeedsItsEndpointAndItsRequests() {
    assertThatThrownBy(() -> BatchJobRequest.builder().addInputFile("in").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("BatchJobRequest.endpoint")
        .hasMessageContaining("endpoint(");
    assertThatThrownBy(
            () -> BatchJobRequest.builder().endpoint(ApiEndpoint.EMBEDDINGS).model("m").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("addInputFile(")
        .hasMessageContaining("requests(");
    assertThatThrownBy(
            () ->
                BatchJobRequest.builder()
                    .endpoint(ApiEndpoint.EMBEDDINGS)
                    .requests(List.of())
                    .build())
        .as("an empty list of inline requests is no requests")
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("addInputFile(");
    assertThatThrownBy(() -> BatchRequest.of("0", null))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("BatchRequest.body");

    BatchJobRequest inline =
        BatchJobRequest.builder()
            .endpoint(ApiEndpoint.EMBEDDINGS)
            .requests(List.of(BatchRequest.of("0", Map.of("input", "hello"))))
            .build();
    assertThat(inline.inputFiles()).isNull();
  }

  @Test
  void aFileUploadNeedsAFileNameWhicheverWayItIsMade() {
    ByteArrayResource unnamed = new ByteArrayResource(new byte[1]);
    assertThatThrownBy(() -> FileUploadRequest.of(unnamed, FilePurpose.BATCH))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("FileUploadRequest.filename")
        .hasMessageContaining("filename(");
    assertThatThrownBy(
            () -> FileUploadRequest.of(new ByteArrayInputStream(new byte[1]), " ", FilePurpose.OCR))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("FileUploadRequest.filename");
    assertThatThrownBy(() -> FileUploadRequest.of(Path.of("/"), FilePurpose.FINE_TUNE))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("FileUploadRequest.filename");
    FileUploadRequest named =
        FileUploadRequest.builder()
            .content(unnamed, "data.jsonl")
            .purpose(FilePurpose.BATCH)
            .build();
    assertThatThrownBy(() -> named.withFilename(""))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("FileUploadRequest.filename");
    assertThat(named.withExpiry(2).expiry()).isEqualTo(2);
    assertThatThrownBy(() -> named.toBuilder().content(null).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("FileUploadRequest.content");
  }
}
