package io.github.mistralspring.client.testsupport;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;

/**
 * Generated test content of any size: one mebibyte of seeded random bytes, repeated, with the block
 * number stamped into each block so that a misplaced block changes the checksum.
 */
public final class PatternContent {

  /** The size of one block. */
  public static final int BLOCK = 1 << 20;

  /** Receives a chunk of content. */
  public interface ChunkSink {
    /** Takes bytes. */
    void write(byte[] bytes, int offset, int length) throws IOException;
  }

  private PatternContent() {}

  /** Writes {@code size} bytes of the pattern to the sink, one block at a time. */
  public static void write(long size, ChunkSink sink) throws IOException {
    byte[] block = new byte[BLOCK];
    new Random(42).nextBytes(block);
    long written = 0;
    for (int number = 0; written < size; number++) {
      block[0] = (byte) number;
      block[1] = (byte) (number >>> 8);
      int length = (int) Math.min(BLOCK, size - written);
      sink.write(block, 0, length);
      written += length;
    }
  }

  /** Writes {@code size} bytes of the pattern to a file. */
  public static void writeFile(Path file, long size) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      write(size, out::write);
    }
  }

  /** The SHA-256 of {@code size} bytes of the pattern, in hex. */
  public static String sha256(long size) throws IOException {
    MessageDigest digest = StreamingChecksumServer.sha256();
    write(size, digest::update);
    return HexFormat.of().formatHex(digest.digest());
  }

  /** The SHA-256 of a file, read in blocks, in hex. */
  public static String sha256(Path file) throws IOException {
    MessageDigest digest = StreamingChecksumServer.sha256();
    byte[] block = new byte[1 << 16];
    try (var in = Files.newInputStream(file)) {
      int read;
      while ((read = in.read(block)) >= 0) {
        digest.update(block, 0, read);
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }
}
