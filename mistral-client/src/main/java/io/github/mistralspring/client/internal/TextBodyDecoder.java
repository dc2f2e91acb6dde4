package io.github.mistralspring.client.internal;

import io.netty.buffer.ByteBuf;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Function;

/**
 * Collects a body that ends the call with a failure — an error status, or a stream answered with
 * something else — and throws the failure made from its text at the end. Only the first {@code
 * limit} bytes are kept: once they are read the failure is thrown at once (which closes the
 * connection), so a huge error page neither fills memory nor hides the status.
 */
final class TextBodyDecoder<T> implements BodyDecoder<T> {

  private final int limit;
  private final Function<String, RuntimeException> failure;
  private byte[] bytes = new byte[256];
  private int length;

  TextBodyDecoder(int limit, Function<String, RuntimeException> failure) {
    this.limit = limit;
    this.failure = failure;
  }

  @Override
  public boolean paced() {
    return false;
  }

  @Override
  public void decode(ByteBuf chunk, Sink<? super T> sink) {
    int take = Math.min(chunk.readableBytes(), limit - length);
    if (length + take > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.min(limit, Math.max(length + take, 2 * bytes.length)));
    }
    chunk.getBytes(chunk.readerIndex(), bytes, length, take);
    length += take;
    sink.progress();
    if (length >= limit) {
      throw failure.apply(text());
    }
  }

  @Override
  public void finish(Sink<? super T> sink) {
    throw failure.apply(text());
  }

  private String text() {
    return new String(bytes, 0, length, StandardCharsets.UTF_8);
  }
}
