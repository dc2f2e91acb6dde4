package io.github.mistralspring.client.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mistralspring.client.error.MistralIoException;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InflatingDecoderTest {

  /** Collects what the inner decoder is given, as text at the end. */
  private static final class Collected implements BodyDecoder<String> {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private boolean finished;

    @Override
    public void decode(ByteBuf chunk, Sink<? super String> sink) {
      byte[] piece = new byte[chunk.readableBytes()];
      chunk.readBytes(piece);
      bytes.writeBytes(piece);
    }

    @Override
    public void finish(Sink<? super String> sink) {
      finished = true;
      sink.next(bytes.toString(StandardCharsets.UTF_8));
    }
  }

  private static final BodyDecoder.Sink<String> IGNORED =
      new BodyDecoder.Sink<>() {
        @Override
        public void next(String value) {}

        @Override
        public void progress() {}
      };

  private static String inflate(String encoding, byte[] body, int pieceSize) {
    Collected inner = new Collected();
    InflatingDecoder<String> decoder = new InflatingDecoder<>(inner, encoding, "GET /v1/test");
    for (int offset = 0; offset < body.length; offset += pieceSize) {
      decoder.decode(
          Unpooled.wrappedBuffer(
              Arrays.copyOfRange(body, offset, Math.min(body.length, offset + pieceSize))),
          IGNORED);
    }
    decoder.finish(IGNORED);
    assertThat(inner.finished).isTrue();
    return inner.bytes.toString(StandardCharsets.UTF_8);
  }

  private static byte[] gzip(String text) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
      zip.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }

  private static byte[] deflate(String text, boolean zlibWrapper) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DeflaterOutputStream zip =
        new DeflaterOutputStream(out, new Deflater(Deflater.DEFAULT_COMPRESSION, !zlibWrapper))) {
      zip.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 3, 7, 10, 64, 1 << 20})
  void readsAGzipBodyInPiecesOfAnySizeTheTrailerIncluded(int pieceSize) throws IOException {
    String text = "{\"object\":\"list\",\"data\":[]}".repeat(200);

    assertThat(inflate("gzip", gzip(text), pieceSize)).isEqualTo(text);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 64, 1 << 20})
  void readsAnEmptyGzipBody(int pieceSize) throws IOException {
    assertThat(inflate("gzip", gzip(""), pieceSize)).isEmpty();
  }

  @Test
  void readsGzipMembersOneAfterTheOther() throws IOException {
    byte[] first = gzip("Hello, ");
    byte[] second = gzip("world");
    byte[] both = Arrays.copyOf(first, first.length + second.length);
    System.arraycopy(second, 0, both, first.length, second.length);

    assertThat(inflate("x-gzip", both, 1 << 20)).isEqualTo("Hello, world");
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void readsDeflateWithOrWithoutTheZlibWrapper(boolean zlibWrapper) throws IOException {
    String text = "deflated ".repeat(100);

    assertThat(inflate("deflate", deflate(text, zlibWrapper), 1 << 20)).isEqualTo(text);
    assertThat(inflate("deflate", deflate(text, zlibWrapper), 1)).isEqualTo(text);
  }

  @Test
  void aBodyCutInsideItsCompressedDataIsAnErrorNotAShorterValue() throws IOException {
    byte[] body = gzip("x".repeat(10_000) + "y".repeat(10_000));
    byte[] cut = Arrays.copyOf(body, body.length - 4);

    assertThatThrownBy(() -> inflate("gzip", cut, 1 << 20))
        .isInstanceOf(MistralIoException.class)
        .hasMessageContaining("ended before its end");
  }

  @Test
  void aCorruptChecksumIsAnError() throws IOException {
    byte[] body = gzip("checked");
    body[body.length - 8] ^= 0x01;

    assertThatThrownBy(() -> inflate("gzip", body, 1 << 20))
        .isInstanceOf(MistralIoException.class)
        .hasMessageContaining("checksum");
  }
}
