package io.github.mistralspring.client.internal;

import io.github.mistralspring.client.error.MistralException;
import io.github.mistralspring.client.error.MistralResponseParseException;
import io.netty.buffer.ByteBuf;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectReader;

/**
 * Collects a JSON body up to the in-memory limit and reads it as one value at its end. A missing or
 * empty body is a {@link MistralResponseParseException} with the status, never a null value.
 */
final class JsonBodyDecoder<T> implements BodyDecoder<T> {

  private final ObjectReader reader;
  private final String call;
  private final int status;
  private final int limit;
  private byte[] bytes;
  private int length;

  /**
   * @param sizeHint the body's announced length, or -1
   */
  JsonBodyDecoder(ObjectReader reader, String call, int status, int limit, long sizeHint) {
    this.reader = reader;
    this.call = call;
    this.status = status;
    this.limit = limit;
    this.bytes = new byte[sizeHint > 0 && sizeHint <= limit ? (int) sizeHint : 1024];
  }

  @Override
  public boolean paced() {
    return false;
  }

  @Override
  public void decode(ByteBuf chunk, Sink<? super T> sink) {
    int readable = chunk.readableBytes();
    if ((long) length + readable > limit) {
      throw new MistralException(
          "The response to "
              + call
              + " (status "
              + status
              + ") is larger than the in-memory limit of "
              + limit
              + " bytes: raise mistral.max-in-memory-size (or maxInMemorySize(..) on the builder)");
    }
    if (length + readable > bytes.length) {
      bytes =
          Arrays.copyOf(
              bytes, (int) Math.min(limit, Math.max(length + readable, 2L * bytes.length)));
    }
    chunk.getBytes(chunk.readerIndex(), bytes, length, readable);
    length += readable;
    sink.progress();
  }

  @Override
  public void finish(Sink<? super T> sink) {
    T value = null;
    if (length > 0) {
      try {
        value = reader.readValue(bytes, 0, length);
      } catch (JacksonException failure) {
        throw new MistralResponseParseException(
            "Could not read the response to "
                + call
                + " (status "
                + status
                + ") as "
                + reader.getValueType()
                + ": "
                + failure.getOriginalMessage(),
            status,
            new String(bytes, 0, length, StandardCharsets.UTF_8),
            failure);
      }
    }
    if (value == null) {
      throw new MistralResponseParseException(
          "The response to "
              + call
              + " (status "
              + status
              + ") had no body, where "
              + reader.getValueType()
              + " was expected",
          status,
          new String(bytes, 0, length, StandardCharsets.UTF_8),
          null);
    }
    sink.next(value);
  }
}
