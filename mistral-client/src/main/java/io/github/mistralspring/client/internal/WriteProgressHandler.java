package io.github.mistralspring.client.internal;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import io.netty.util.AttributeKey;

/**
 * Counts each write the socket completes as progress of the attempt sending on the connection, so
 * that the write timeout measures the server taking the request body, not the client producing it:
 * a body queued all at once but drained slowly is progress; a server that stops reading is not.
 * Sits nearest the socket, so a write completes only when its bytes left for the network.
 */
final class WriteProgressHandler extends ChannelOutboundHandlerAdapter {

  /** The name of this handler in a connection's pipeline. */
  static final String NAME = "mistral.writeProgress";

  /** The attempt sending on a connection, set while its request is being written. */
  static final AttributeKey<Attempt> SENDING = AttributeKey.valueOf("mistral.sending");

  @Override
  public void write(ChannelHandlerContext context, Object message, ChannelPromise promise) {
    Attempt attempt = context.channel().attr(SENDING).get();
    if (attempt == null) {
      context.write(message, promise);
      return;
    }
    ChannelPromise counted = promise.unvoid();
    counted.addListener(written -> attempt.progress());
    context.write(message, counted);
  }
}
