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

  /** The requests of a batch of chat completions, one per entry, keyed by custom id, in order. */
  public static List<BatchRequest> chatRequests(Map<String, ChatCompletionRequest> byCustomId) {
    return requests(byCustomId);
  }

  /** The requests of a batch of embeddings, one per entry, keyed by custom id, in order. */
  public static List<BatchRequest> embeddingRequests(Map<String, EmbeddingRequest> byCustomId) {
    return requests(byCustomId);
  }

  private static List<BatchRequest> requests(Map<String, ?> byCustomId) {
    List<BatchRequest> requests = new ArrayList<>(byCustomId.size());
    byCustomId.forEach((id, body) -> requests.add(BatchRequest.of(id, body)));
    return requests;
  }

  /** Writes the requests as JSONL, one line each, to a stream it leaves open. */
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

  /** Returns the requests as JSONL bytes. */
  public static byte[] toBytes(List<BatchRequest> requests) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(requests, out);
    return out.toByteArray();
  }

  /**
   * Returns the requests as a JSONL resource with a file name, ready for {@code
   * FileUpload.of(resource, FilePurpose.BATCH)}.
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

  /** Writes the requests as JSONL to a file, created or replaced, without holding them as bytes. */
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

  /** Reads a batch output file of chat completions. */
  public static List<BatchResult<ChatCompletionResponse>> readChatResults(InputStream in) {
    return read(in, ChatCompletionResponse.class);
  }

  /** Reads a batch output file of embeddings. */
  public static List<BatchResult<EmbeddingResponse>> readEmbeddingResults(InputStream in) {
    return read(in, EmbeddingResponse.class);
  }

  /** Reads a batch output file at a path, with the bodies of 2xx responses as {@code type}. */
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

  private static Object plain(JsonMapper mapper, JsonNode node) {
    return node == null || node.isNull() ? null : mapper.treeToValue(node, Object.class);
  }

  private static String text(JsonNode node, String name) {
    JsonNode value = node.get(name);
    return value == null || value.isNull() ? null : value.asString();
  }
}
