package io.github.mistralspring.client.internal;

import io.netty.buffer.ByteBuf;

/**
 * Reads a body that carries nothing the caller needs, such as the empty body of a {@code 204 No
 * Content}, and emits no value: whatever arrives counts as progress and is let go.
 */
final class DiscardingDecoder implements BodyDecoder<Void> {

  @Override
  public boolean paced() {
    return false;
  }

  @Override
  public void decode(ByteBuf chunk, Sink<? super Void> sink) {
    sink.progress();
  }

  @Override
  public void finish(Sink<? super Void> sink) {}
}
