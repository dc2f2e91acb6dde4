package io.github.mistralspring.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mistralspring.client.core.MistralOperation;
import io.github.mistralspring.client.error.MistralNotFoundException;
import io.github.mistralspring.client.internal.MistralRequest;
import io.github.mistralspring.client.testsupport.MistralWireMock;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.client.MultipartBodyBuilder;
import tools.jackson.databind.JsonNode;

/** The transport's multipart uploads and streamed downloads. */
class TransportTransferHttpTest {

  @RegisterExtension static MistralWireMock server = new MistralWireMock();

  @Test
  void uploadsAFileAsAMultipartPartWithItsNameAndAFormField(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("train.jsonl");
    Files.writeString(file, "{\"messages\":[]}\n");
    server.stubFor(
        post("/v1/files")
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"id\":\"file-1\"}")));
    MultipartBodyBuilder parts = new MultipartBodyBuilder();
    parts.part("purpose", "fine-tune");
    parts.part("file", new FileSystemResource(file)).filename("train.jsonl");
    MistralOperation upload = MistralOperation.statefulPost("files.upload", "/v1/files");

    try (MistralClient client =
        MistralClient.builder().apiKey("k").baseUrl(server.baseUrl()).build()) {
      JsonNode answer =
          TestEngine.of(client)
              .exchange(MistralRequest.of(upload).multipart(parts.build()), JsonNode.class)
              .block();
      assertThat(answer.get("id").asString()).isEqualTo("file-1");
    }
    server.verify(
        postRequestedFor(urlEqualTo("/v1/files"))
            .withHeader("Content-Type", containing("multipart/form-data"))
            .withHeader("Authorization", equalTo("Bearer k"))
            .withRequestBodyPart(aMultipart("purpose").withBody(equalTo("fine-tune")).build())
            .withRequestBodyPart(
                aMultipart("file")
                    .withHeader("Content-Disposition", containing("filename=\"train.jsonl\""))
                    .withBody(binaryEqualTo("{\"messages\":[]}\n".getBytes(StandardCharsets.UTF_8)))
                    .build()));
  }

  @Test
  void streamsADownloadAndMapsAnErrorStatus() {
    byte[] content = new byte[300_000];
    for (int i = 0; i < content.length; i++) {
      content[i] = (byte) (i * 31);
    }
    server.stubFor(
        get("/v1/files/file-1/content")
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/octet-stream")
                    .withBody(content)));
    server.stubFor(
        get("/v1/files/missing/content")
            .willReturn(aResponse().withStatus(404).withBody("{\"message\":\"No file\"}")));
    MistralOperation download =
        MistralOperation.get("files.download", "/v1/files/{file_id}/content");

    try (MistralClient client =
        MistralClient.builder().apiKey("k").baseUrl(server.baseUrl()).build()) {
      ByteArrayOutputStream received = new ByteArrayOutputStream();
      TestEngine.of(client)
          .download(MistralRequest.of(download).pathVariables("file-1"))
          .doOnNext(
              buffer -> {
                byte[] bytes = new byte[buffer.readableByteCount()];
                buffer.read(bytes);
                received.writeBytes(bytes);
                DataBufferUtils.release(buffer);
              })
          .blockLast();
      assertThat(received.toByteArray()).isEqualTo(content);

      assertThatThrownBy(
              () ->
                  TestEngine.of(client)
                      .download(MistralRequest.of(download).pathVariables("missing"))
                      .blockLast())
          .isInstanceOf(MistralNotFoundException.class)
          .hasMessageContaining("No file");
    }
  }
}
