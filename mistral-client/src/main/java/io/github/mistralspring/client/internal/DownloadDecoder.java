package io.github.mistralspring.client.internal;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.NettyDataBufferFactory;

/**
 * Passes a body on as it arrives, each buffer as a {@link DataBuffer} the subscriber releases:
 * nothing is copied or held beyond the buffers in flight.
 */
final class DownloadDecoder implements BodyDecoder<DataBuffer> {

  private static final NettyDataBufferFactory BUFFERS =
      new NettyDataBufferFactory(ByteBufAllocator.DEFAULT);

  @Override
  public void decode(ByteBuf chunk, Sink<? super DataBuffer> sink) {
    sink.progress();
    if (chunk.isReadable()) {
      // The wire releases its buffer after this call: the subscriber's reference is its own.
      sink.next(BUFFERS.wrap(chunk.retain()));
    }
  }

  @Override
  public void finish(Sink<? super DataBuffer> sink) {}
}
