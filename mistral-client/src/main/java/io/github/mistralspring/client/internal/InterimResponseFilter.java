package io.github.mistralspring.client.internal;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.ReferenceCountUtil;

/**
 * Drops interim responses ({@code 1xx} other than {@code 101}: {@code 102 Processing}, {@code 103
 * Early Hints}, {@code 100 Continue}) before the HTTP client sees them, so that the final response
 * is read as the answer to its request. Left to the client, an interim response would be taken as
 * the answer and the real one left unread on a pooled connection, where the next request would read
 * it: a response reaching a request other than its own.
 */
final class InterimResponseFilter extends ChannelInboundHandlerAdapter {

  /** The name of this handler in a connection's pipeline. */
  static final String NAME = "mistral.interimResponseFilter";

  // Between an interim head and its (empty) end: its content is dropped too.
  private boolean dropping;

  @Override
  public void channelRead(ChannelHandlerContext context, Object message) {
    if (message instanceof HttpResponse response && isInterim(response.status().code())) {
      dropping = !(message instanceof LastHttpContent);
      ReferenceCountUtil.release(message);
      // The client asked for one read and saw nothing: ask for the final response.
      context.read();
      return;
    }
    if (dropping && message instanceof HttpContent) {
      if (message instanceof LastHttpContent) {
        dropping = false;
      }
      ReferenceCountUtil.release(message);
      context.read();
      return;
    }
    context.fireChannelRead(message);
  }

  static boolean isInterim(int status) {
    return status >= 100 && status < 200 && status != 101;
  }

  @Override
  public boolean isSharable() {
    return false;
  }
}
