package io.github.mistralspring.test;

import java.nio.charset.StandardCharsets;

/** Small, stable hashes: the simulator's answers must be the same on every run and machine. */
final class Hashing {

  private Hashing() {}

  /** FNV-1a over the UTF-8 bytes of the text. */
  static long fnv(String text) {
    long hash = 0xcbf29ce484222325L;
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      hash ^= b & 0xff;
      hash *= 0x100000001b3L;
    }
    return hash;
  }

  /** A finalizer that spreads the bits of a seed (from SplitMix64). */
  static long mix(long seed) {
    long z = seed + 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** A value from 0 (inclusive) to bound (exclusive), picked by the seed. */
  static int pick(long seed, int bound) {
    return (int) Math.floorMod(mix(seed), (long) bound);
  }

  /** A value from 0 to 1 picked by the seed. */
  static double unit(long seed) {
    return (mix(seed) >>> 11) * 0x1.0p-53;
  }
}
