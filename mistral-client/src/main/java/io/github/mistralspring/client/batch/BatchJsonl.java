package io.github.mistralspring.client.batch;

import io.github.mistralspring.client.chat.ChatCompletionRequest;
import io.github.mistralspring.client.chat.ChatCompletionResponse;
import io.github.mistralspring.client.embeddings.EmbeddingRequest;
import io.github.mistralspring.client.embeddings.EmbeddingResponse;
import io.github.mistralspring.client.error.MistralException;
import io.github.mistralspring.client.json.MistralJson;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes batch input files and reads batch output files, in the JSONL form of the batch API: one
 * {@code {"custom_id": …, "body": {…}}} line per request in, and one {@code {"custom_id": …,
 * "response": {"status_code": …, "body": {…}}, "error": …}} line per result out.
 */
public final class BatchJsonl {

  private static final byte[] NEWLINE = {'\n'};

  private BatchJsonl() {}

  /**
   * The requests of a batch of chat completions, one per entry, keyed by custom id, in order.
   *
   * @param byCustomId each request by the custom id its result will carry; a {@link
   *     java.util.LinkedHashMap} keeps the order
   * @return the batch requests, in the map's order, ready for {@link #write(List, OutputStream)} or
   *     {@link #toResource(List, String)}
   */
  public static List<BatchRequest> chatRequests(Map<String, ChatCompletionRequest> byCustomId) {
    return requests(byCustomId);
  }

  /**
   * The requests of a batch of embeddings, one per entry, keyed by custom id, in order.
   *
   * @param byCustomId each request by the custom id its result will carry; a {@link
   *     java.util.LinkedHashMap} keeps the order
   * @return the batch requests, in the map's order, ready for {@link #write(List, OutputStream)} or
   *     {@link #toResource(List, String)}
   */
  public static List<BatchRequest> embeddingRequests(Map<String, EmbeddingRequest> byCustomId) {
    return requests(byCustomId);
  }

  private static List<BatchRequest> requests(Map<String, ?> byCustomId) {
    List<BatchRequest> requests = new ArrayList<>(byCustomId.size());
    byCustomId.forEach((id, body) -> requests.add(BatchRequest.of(id, body)));
    return requests;
  }

  /**
   * Writes the requests as JSONL, one line each, to a stream it leaves open.
   *
   * @param requests the requests, in the order of the lines
   * @param out where the lines go; not closed
   * @throws UncheckedIOException when the stream cannot be written to
   * @throws MistralException when a request's body cannot be written as JSON
   */
  public static void write(List<BatchRequest> requests, OutputStream out) {
    Objects.requireNonNull(requests, "requests");
    JsonMapper mapper = MistralJson.mapper();
    try {
      for (BatchRequest request : requests) {
        out.write(mapper.writeValueAsBytes(request));
        out.write(NEWLINE);
      }
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    } catch (JacksonException failure) {
      throw new MistralException(
          "Could not write a batch request as JSON: " + failure.getOriginalMessage(), failure);
    }
  }

  /**
   * Returns the requests as JSONL bytes.
   *
   * @param requests the requests, in the order of the lines
   * @return the UTF-8 JSONL, one line per request, each ending with a newline
   * @throws MistralException when a request's body cannot be written as JSON
   */
  public static byte[] toBytes(List<BatchRequest> requests) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(requests, out);
    return out.toByteArray();
  }

  /**
   * Returns the requests as a JSONL resource with a file name, ready for {@code
   * FileUpload.of(resource, FilePurpose.BATCH)}.
   *
   * @param requests the requests, in the order of the lines
   * @param filename the file name the upload gives the API, such as {@code requests.jsonl}
   * @return the JSONL, held in memory, with that file name
   * @throws MistralException when a request's body cannot be written as JSON
   */
  public static Resource toResource(List<BatchRequest> requests, String filename) {
    Objects.requireNonNull(filename, "filename");
    return new ByteArrayResource(toBytes(requests), "batch input " + filename) {
      @Override
      public String getFilename() {
        return filename;
      }
    };
  }

  /**
   * Writes the requests as JSONL to a file, created or replaced, without holding them as bytes.
   *
   * @param requests the requests, in the order of the lines
   * @param target the file to write; its directory must exist
   * @return {@code target}, for chaining into an upload
   * @throws UncheckedIOException when the file cannot be written
   * @throws MistralException when a request's body cannot be written as JSON
   */
  public static Path write(List<BatchRequest> requests, Path target) {
    try (OutputStream out = Files.newOutputStream(target)) {
      write(requests, out);
      return target;
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    }
  }

  /**
   * Reads every line of a batch output (or error) file, with the bodies of 2xx responses as {@code
   * type}. Blank lines are skipped; the stream is read to its end and closed.
   *
   * @param in the file's content, as downloaded
   * @param type the type of the bodies of 2xx responses, such as {@code
   *     ChatCompletionResponse.class}
   * @param <T> the body type
   * @return one result per non-blank line, in the file's order
   * @throws UncheckedIOException when the stream cannot be read
   * @throws MistralException when a line is not JSON or its body does not read as {@code type}
   */
  public static <T> List<BatchResult<T>> read(InputStream in, Class<T> type) {
    List<BatchResult<T>> results = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (!line.isBlank()) {
          results.add(readLine(line, number, type));
        }
      }
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    }
    return results;
  }

  /**
   * Reads a batch output file of chat completions.
   *
   * @param in the file's content, as downloaded; read to its end and closed
   * @return one result per non-blank line, in the file's order
   * @throws MistralException when a line is not JSON or its body is not a chat completion
   */
  public static List<BatchResult<ChatCompletionResponse>> readChatResults(InputStream in) {
    return read(in, ChatCompletionResponse.class);
  }

  /**
   * Reads a batch output file of embeddings.
   *
   * @param in the file's content, as downloaded; read to its end and closed
   * @return one result per non-blank line, in the file's order
   * @throws MistralException when a line is not JSON or its body is not an embedding response
   */
  public static List<BatchResult<EmbeddingResponse>> readEmbeddingResults(InputStream in) {
    return read(in, EmbeddingResponse.class);
  }

  /**
   * Reads a batch output file at a path, with the bodies of 2xx responses as {@code type}.
   *
   * @param file the downloaded output or error file
   * @param type the type of the bodies of 2xx responses, such as {@code
   *     ChatCompletionResponse.class}
   * @param <T> the body type
   * @return one result per non-blank line, in the file's order
   * @throws UncheckedIOException when the file cannot be read
   * @throws MistralException when a line is not JSON or its body does not read as {@code type}
   */
  public static <T> List<BatchResult<T>> read(Path file, Class<T> type) {
    try {
      return read(Files.newInputStream(file), type);
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    }
  }

  private static <T> BatchResult<T> readLine(String line, int number, Class<T> type) {
    JsonMapper mapper = MistralJson.mapper();
    try {
      JsonNode node = mapper.readTree(line);
      JsonNode response = node.path("response");
      Integer status =
          response.hasNonNull("status_code") ? response.get("status_code").asInt() : null;
      JsonNode body = response.get("body");
      Object error = plain(mapper, node.get("error"));
      boolean ok = status != null && status >= 200 && status < 300;
      T typed = ok && body != null && !body.isNull() ? mapper.treeToValue(body, type) : null;
      if (!ok && error == null) {
        error = plain(mapper, body);
      }
      return new BatchResult<>(text(node, "id"), text(node, "custom_id"), status, typed, error);
    } catch (JacksonException failure) {
      throw new MistralException(
          "Could not read line " + number + " of a batch file: " + failure.getOriginalMessage(),
          failure);
    }
  }

  private static @Nullable Object plain(JsonMapper mapper, @Nullable JsonNode node) {
    return node == null || node.isNull() ? null : mapper.treeToValue(node, Object.class);
  }

  private static @Nullable String text(JsonNode node, String name) {
    JsonNode value = node.get(name);
    return value == null || value.isNull() ? null : value.asString();
  }
}
