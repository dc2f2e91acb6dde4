package io.github.mistralspring.client.internal;

import io.netty.buffer.ByteBuf;
import java.util.function.Supplier;
import reactor.core.publisher.Flux;

/** What a request sends after its headers: JSON bytes, or a body streamed in buffers. */
sealed interface RequestBody {

  /** The value of the {@code Content-Type} header. */
  String contentType();

  /** The length in bytes, or -1 when it is known only once sent (then sent chunked). */
  long contentLength();

  /**
   * Whether the body can be sent again for a retry: false for content read from a stream that can
   * be read once.
   */
  boolean repeatable();

  /** A JSON body held in memory. */
  record Json(byte[] bytes) implements RequestBody {

    @Override
    public String contentType() {
      return "application/json";
    }

    @Override
    public long contentLength() {
      return bytes.length;
    }

    @Override
    public boolean repeatable() {
      return true;
    }
  }

  /**
   * A body produced as it is sent; each subscription to {@code content} produces it anew, and the
   * buffers it emits pass to the sender, which releases them.
   */
  record Streamed(
      String contentType, long contentLength, boolean repeatable, Supplier<Flux<ByteBuf>> content)
      implements RequestBody {}
}
