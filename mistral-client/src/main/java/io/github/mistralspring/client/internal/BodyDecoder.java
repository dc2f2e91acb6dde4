package io.github.mistralspring.client.internal;

import io.netty.buffer.ByteBuf;

/**
 * Turns a response body into values as its buffers arrive: a JSON document, server-sent events, the
 * buffers of a download, an error. Not thread-safe: one decoder per response, fed in order.
 *
 * @param <T> the type of the values
 */
interface BodyDecoder<T> {

  /**
   * Reads one buffer, which stays valid only during the call, and hands the values it completes to
   * the sink; releases nothing. Throws to end the response with that failure, after the values it
   * handed over.
   */
  void decode(ByteBuf chunk, Sink<? super T> sink);

  /** Called at the end of the body: hands over what is left and checks the body was complete. */
  void finish(Sink<? super T> sink);

  /**
   * Whether values are read only as fast as the subscriber asks for them (streams, downloads), so a
   * slow subscriber holds back the connection; false when the whole body is needed before the one
   * value (JSON documents, errors), which is then read at once.
   */
  default boolean paced() {
    return true;
  }

  /** Where a decoder hands its values, and reports progress that keeps a response alive. */
  interface Sink<T> {

    /** A value read from the body. */
    void next(T value);

    /**
     * The body made progress the idle timeout counts: a whole event of a stream, any bytes of
     * another body. Bytes that complete nothing (a comment, part of a line) are not progress for a
     * stream.
     */
    void progress();
  }
}
