package io.github.mistralspring.client.internal;

import io.github.mistralspring.client.error.MistralIoException;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.ByteBuffer;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Decompresses a {@code gzip} or {@code deflate} body as it arrives and feeds the result to another
 * decoder, so that both HTTP paths read compressed bodies the same way, and every limit of the
 * inner decoder applies to the decompressed bytes: a small body that inflates to gigabytes fails at
 * the limit, having used no more memory than one output buffer beyond it.
 *
 * <p>Gzip bodies may hold several members one after the other; each member's checksum and length
 * are checked. A body that ends inside a member is an error, never a shorter value.
 */
final class InflatingDecoder<T> implements BodyDecoder<T> {

  private static final int OUTPUT_SIZE = 32 * 1024;

  private enum State {
    HEADER,
    EXTRA_LENGTH,
    EXTRA,
    NAME,
    COMMENT,
    HEADER_CRC,
    DATA,
    TRAILER,
    /** Between two gzip members, or after the last one. */
    END
  }

  private final BodyDecoder<T> inner;
  private final boolean gzip;
  private final String call;
  private Inflater inflater;
  private final CRC32 crc = new CRC32();
  private State state;
  // Bytes of a header, extra field or trailer gathered so far.
  private final byte[] pending = new byte[10];
  private int pendingLength;
  private int flags;
  private int extraRemaining;
  // Deflate bodies: whether the zlib wrapper was checked.
  private boolean wrapperChecked;

  /**
   * @param encoding {@code gzip}, {@code x-gzip} or {@code deflate}
   */
  InflatingDecoder(BodyDecoder<T> inner, String encoding, String call) {
    this.inner = inner;
    this.gzip = !"deflate".equals(encoding);
    this.call = call;
    this.state = gzip ? State.HEADER : State.DATA;
  }

  /** Whether a {@code Content-Encoding} is one this decoder reads. */
  static boolean reads(String encoding) {
    return "gzip".equals(encoding) || "x-gzip".equals(encoding) || "deflate".equals(encoding);
  }

  @Override
  public boolean paced() {
    return inner.paced();
  }

  @Override
  public void decode(ByteBuf chunk, Sink<? super T> sink) {
    try {
      while (chunk.isReadable()) {
        if (state == State.DATA) {
          inflate(chunk, sink);
        } else {
          readFraming(chunk);
        }
      }
    } catch (DataFormatException corrupt) {
      end();
      throw corrupt(corrupt.getMessage());
    }
  }

  @Override
  public void finish(Sink<? super T> sink) {
    boolean complete = gzip ? state == State.END : inflater != null && inflater.finished();
    end();
    if (!complete) {
      throw new MistralIoException(
          "The compressed response to " + call + " ended before its end: the body is incomplete",
          true,
          null);
    }
    inner.finish(sink);
  }

  private void end() {
    if (inflater != null) {
      inflater.end();
      inflater = null;
    }
  }

  private void inflate(ByteBuf chunk, Sink<? super T> sink) throws DataFormatException {
    if (inflater == null) {
      if (!gzip && !wrapperChecked) {
        if (chunk.readableBytes() < 2) {
          // Too short to tell a zlib wrapper from raw deflate yet: wait for a second byte.
          if (pendingLength == 0) {
            pending[pendingLength++] = chunk.readByte();
            return;
          }
        }
      }
      inflater = new Inflater(gzip || !zlibWrapped(chunk));
      wrapperChecked = true;
      crc.reset();
      if (pendingLength > 0 && !gzip) {
        inflater.setInput(pending, 0, pendingLength);
        pendingLength = 0;
        drain(sink);
      }
    }
    ByteBuffer input = chunk.nioBuffer();
    int before = input.remaining();
    inflater.setInput(input);
    drain(sink);
    chunk.skipBytes(before - input.remaining());
    if (inflater.finished()) {
      if (gzip) {
        state = State.TRAILER;
        pendingLength = 0;
      } else {
        // Anything after a deflate stream's end is not part of the body.
        chunk.skipBytes(chunk.readableBytes());
      }
    }
  }

  /** Whether a deflate body starts with a zlib header (RFC 1950) rather than raw deflate data. */
  private boolean zlibWrapped(ByteBuf chunk) {
    int first = pendingLength > 0 ? pending[0] & 0xff : chunk.getUnsignedByte(chunk.readerIndex());
    int second =
        pendingLength > 0
            ? chunk.getUnsignedByte(chunk.readerIndex())
            : chunk.getUnsignedByte(chunk.readerIndex() + 1);
    return (first & 0x0f) == 8 && ((first << 8) | second) % 31 == 0;
  }

  private void drain(Sink<? super T> sink) throws DataFormatException {
    while (!inflater.finished()) {
      byte[] out = new byte[OUTPUT_SIZE];
      int produced = inflater.inflate(out);
      if (produced == 0) {
        // The data's end (with the trailer still to read), or the input used up.
        if (inflater.finished() || inflater.needsInput()) {
          return;
        }
        if (inflater.needsDictionary()) {
          throw new DataFormatException("a preset dictionary is required");
        }
        throw new DataFormatException("the compressed data made no progress");
      }
      if (gzip) {
        crc.update(out, 0, produced);
      }
      ByteBuf piece = Unpooled.wrappedBuffer(out, 0, produced);
      try {
        inner.decode(piece, sink);
      } finally {
        piece.release();
      }
    }
  }

  /** Reads the gzip framing around the compressed data: headers, extra fields, trailers. */
  private void readFraming(ByteBuf chunk) {
    switch (state) {
      case END, HEADER -> {
        if (!gather(chunk, 10)) {
          return;
        }
        if ((pending[0] & 0xff) != 0x1f || (pending[1] & 0xff) != 0x8b || pending[2] != 8) {
          throw corrupt("not a gzip member");
        }
        flags = pending[3] & 0xff;
        pendingLength = 0;
        state = State.EXTRA_LENGTH;
        advancePastOptionalFields();
      }
      case EXTRA_LENGTH -> {
        if (!gather(chunk, 2)) {
          return;
        }
        extraRemaining = (pending[0] & 0xff) | (pending[1] & 0xff) << 8;
        pendingLength = 0;
        state = State.EXTRA;
      }
      case EXTRA -> {
        int skip = Math.min(extraRemaining, chunk.readableBytes());
        chunk.skipBytes(skip);
        extraRemaining -= skip;
        if (extraRemaining == 0) {
          flags &= ~0x04;
          state = State.NAME;
          advancePastOptionalFields();
        }
      }
      case NAME, COMMENT -> {
        while (chunk.isReadable()) {
          if (chunk.readByte() == 0) {
            flags &= state == State.NAME ? ~0x08 : ~0x10;
            state = state == State.NAME ? State.COMMENT : State.HEADER_CRC;
            advancePastOptionalFields();
            return;
          }
        }
      }
      case HEADER_CRC -> {
        if (!gather(chunk, 2)) {
          return;
        }
        pendingLength = 0;
        flags &= ~0x02;
        state = State.DATA;
      }
      case TRAILER -> {
        if (!gather(chunk, 8)) {
          return;
        }
        long expectedCrc = littleEndian(0);
        long expectedSize = littleEndian(4);
        if (expectedCrc != crc.getValue()
            || expectedSize != (inflater.getBytesWritten() & 0xffffffffL)) {
          throw corrupt("a gzip member's checksum or length does not match its data");
        }
        end();
        pendingLength = 0;
        state = State.END;
      }
      case DATA -> throw new IllegalStateException("data is inflated, not framed");
    }
  }

  /** Moves to the first optional header field the flags announce, or to the data. */
  private void advancePastOptionalFields() {
    if (state == State.EXTRA_LENGTH && (flags & 0x04) == 0) {
      state = State.NAME;
    }
    if (state == State.NAME && (flags & 0x08) == 0) {
      state = State.COMMENT;
    }
    if (state == State.COMMENT && (flags & 0x10) == 0) {
      state = State.HEADER_CRC;
    }
    if (state == State.HEADER_CRC && (flags & 0x02) == 0) {
      state = State.DATA;
    }
  }

  /** Gathers {@code count} bytes into {@link #pending}; false while more are needed. */
  private boolean gather(ByteBuf chunk, int count) {
    int take = Math.min(count - pendingLength, chunk.readableBytes());
    chunk.readBytes(pending, pendingLength, take);
    pendingLength += take;
    return pendingLength == count;
  }

  private long littleEndian(int offset) {
    return (pending[offset] & 0xffL)
        | (pending[offset + 1] & 0xffL) << 8
        | (pending[offset + 2] & 0xffL) << 16
        | (pending[offset + 3] & 0xffL) << 24;
  }

  private MistralIoException corrupt(String detail) {
    return new MistralIoException(
        "The compressed response to " + call + " could not be decompressed: " + detail, true, null);
  }
}
