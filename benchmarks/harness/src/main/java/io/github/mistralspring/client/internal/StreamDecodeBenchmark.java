package io.github.mistralspring.client.internal;

import io.github.mistralspring.benchmarks.Payloads;
import io.github.mistralspring.benchmarks.RawEventSplitter;
import io.github.mistralspring.client.chat.CompletionChunk;
import io.github.mistralspring.client.json.MistralJson;
import io.netty.buffer.Unpooled;
import java.io.ByteArrayOutputStream;
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
import org.openjdk.jmh.infra.Blackhole;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Decoding one whole 200-chunk stream, fed in 8 KiB network-sized buffers: the client's own
 * (package-private) {@link ServerSentEventDecoder} into {@link CompletionChunk} records, against
 * the raw limit's splitter into Jackson trees. This class sits in the client's package, on the
 * class path only, to reach the decoder without widening its visibility. Divide by 200 for per
 * chunk.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class StreamDecodeBenchmark {

  private static final int NETWORK_BUFFER = 8192;
  private static final JsonMapper RAW = JsonMapper.builder().build();

  private final byte[] body = body();
  private final ObjectReader chunkReader = MistralJson.mapper().readerFor(CompletionChunk.class);

  private static byte[] body() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Payloads.streamEvents().forEach(out::writeBytes);
    return out.toByteArray();
  }

  /** Our decoder: 200 {@link CompletionChunk}s. */
  @Benchmark
  public int decodeStreamOurs(Blackhole hole) throws Exception {
    ServerSentEventDecoder<CompletionChunk> decoder =
        new ServerSentEventDecoder<>(
            (event, bytes, offset, length) -> chunkReader.readValue(bytes, offset, length),
            true,
            4 * 1024 * 1024);
    int[] chunks = {0};
    BodyDecoder.Sink<CompletionChunk> sink =
        new BodyDecoder.Sink<>() {
          @Override
          public void next(CompletionChunk chunk) {
            hole.consume(chunk.deltaText());
            chunks[0]++;
          }

          @Override
          public void progress() {}
        };
    for (int offset = 0; offset < body.length; offset += NETWORK_BUFFER) {
      int length = Math.min(NETWORK_BUFFER, body.length - offset);
      decoder.decode(Unpooled.wrappedBuffer(body, offset, length), sink);
    }
    decoder.finish(sink);
    return chunks[0];
  }

  /** The raw limit: 200 Jackson trees. */
  @Benchmark
  public int decodeStreamRaw() {
    RawEventSplitter splitter = new RawEventSplitter(RAW);
    for (int offset = 0; offset < body.length; offset += NETWORK_BUFFER) {
      splitter.feed(body, offset, Math.min(NETWORK_BUFFER, body.length - offset));
    }
    return splitter.chunks();
  }
}
