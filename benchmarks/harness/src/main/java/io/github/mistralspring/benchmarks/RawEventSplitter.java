package io.github.mistralspring.benchmarks;

import io.netty.buffer.ByteBuf;
import java.util.Arrays;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The raw limit's event-stream reading: splits events on blank lines and reads each one's single
 * {@code data:} line into a Jackson tree. Enough for the stub's well-formed stream, no more.
 */
public final class RawEventSplitter {

  private final JsonMapper mapper;
  private byte[] pending = new byte[16 * 1024];
  private int length;
  private int chunks;
  private long firstChunk;
  private boolean done;

  /** A splitter for one stream. */
  public RawEventSplitter(JsonMapper mapper) {
    this.mapper = mapper;
  }

  /** Reads a network buffer; does not release it. */
  public void feed(ByteBuf buffer) {
    int n = buffer.readableBytes();
    ensure(n);
    buffer.readBytes(pending, length, n);
    scan(n);
  }

  /** Reads bytes from an array. */
  public void feed(byte[] bytes, int offset, int n) {
    ensure(n);
    System.arraycopy(bytes, offset, pending, length, n);
    scan(n);
  }

  private void ensure(int n) {
    if (length + n > pending.length) {
      pending = Arrays.copyOf(pending, Math.max(pending.length * 2, length + n));
    }
  }

  private void scan(int added) {
    int from = Math.max(0, length - 1);
    length += added;
    int start = 0;
    for (int i = from; i + 1 < length; i++) {
      if (pending[i] == '\n' && pending[i + 1] == '\n') {
        event(start, i);
        start = i + 2;
        i++;
      }
    }
    System.arraycopy(pending, start, pending, 0, length - start);
    length -= start;
  }

  private void event(int start, int end) {
    int data = start + 6; // after "data: "
    if (end - data == 6 && pending[data] == '[') {
      done = true;
      return;
    }
    JsonNode chunk = mapper.readTree(pending, data, end - data);
    if (chunk.path("choices").path(0).path("delta").path("content").isString() && chunks++ == 0) {
      firstChunk = System.nanoTime();
    }
  }

  /** Chunks with content read so far. */
  public int chunks() {
    return chunks;
  }

  /** When the first chunk was read, by {@link System#nanoTime()}; 0 before. */
  public long firstChunk() {
    return firstChunk;
  }

  /** Whether {@code [DONE]} was read. */
  public boolean done() {
    return done;
  }
}
