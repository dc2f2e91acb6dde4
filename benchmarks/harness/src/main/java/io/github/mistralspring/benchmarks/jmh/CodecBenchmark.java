package io.github.mistralspring.benchmarks.jmh;

import io.github.mistralspring.benchmarks.Payloads;
import io.github.mistralspring.client.chat.ChatCompletionRequest;
import io.github.mistralspring.client.chat.ChatCompletionResponse;
import io.github.mistralspring.client.json.MistralJson;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Request encoding and response decoding: our records and mapper against a bare Jackson tree (the
 * raw limit). Run with {@code -prof gc} for bytes allocated per operation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CodecBenchmark {

  private static final JsonMapper RAW = JsonMapper.builder().build();
  private final ObjectReader responseReader =
      MistralJson.mapper().readerFor(ChatCompletionResponse.class);
  private final byte[] completion = Payloads.completion();

  /**
   * Builds and encodes a one-message request with our builder and mapper; the transport adds {@code
   * "stream": false} beside it on the wire, without copying the request.
   */
  @Benchmark
  public byte[] encodeRequestOurs() {
    ChatCompletionRequest request =
        ChatCompletionRequest.builder()
            .model("mistral-small-latest")
            .addUserMessage("Say hello in one short sentence.")
            .build();
    return MistralJson.mapper().writeValueAsBytes(request);
  }

  /** Builds and encodes the same request as a Jackson tree. */
  @Benchmark
  public byte[] encodeRequestRaw() {
    ObjectNode request = RAW.createObjectNode();
    request.put("model", "mistral-small-latest");
    ObjectNode message = request.putArray("messages").addObject();
    message.put("role", "user");
    message.put("content", "Say hello in one short sentence.");
    request.put("stream", false);
    return RAW.writeValueAsBytes(request);
  }

  /** Decodes the ~1 KB completion into our records. */
  @Benchmark
  public String decodeResponseOurs() throws Exception {
    ChatCompletionResponse response = responseReader.readValue(completion);
    return response.firstContent();
  }

  /** Decodes the completion into a Jackson tree. */
  @Benchmark
  public String decodeResponseRaw() {
    JsonNode tree = RAW.readTree(completion);
    return tree.path("choices").path(0).path("message").path("content").asString();
  }
}
