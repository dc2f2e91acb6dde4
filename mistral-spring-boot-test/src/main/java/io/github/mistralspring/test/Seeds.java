package io.github.mistralspring.test;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Where the simulator's ids and timestamps come from. With a seed, both are fixed by it: ids are
 * drawn from the seed in the order requests arrive, and the clock starts at {@link #EPOCH_SECOND}
 * and moves one second with each API request, so the same seed and the same requests give the same
 * ids and timestamps. Without one, ids come from a random seed and the clock is the wall clock, as
 * with the real API.
 */
final class Seeds {

  /** The seeded clock's start: 2026-01-01T00:00:00Z. */
  static final long EPOCH_SECOND = 1_767_225_600L;

  private static final String ALPHANUMERIC =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Long fixedSeed;
  private volatile long seed;
  private final AtomicLong drawn = new AtomicLong();
  private final AtomicLong requests = new AtomicLong();

  Seeds(Long fixedSeed) {
    this.fixedSeed = fixedSeed;
    this.seed = fixedSeed != null ? fixedSeed : RANDOM.nextLong();
  }

  /** The seed given at start, or null when ids are random and the clock is the wall clock. */
  Long fixedSeed() {
    return fixedSeed;
  }

  /** Starts again: a seeded source repeats its ids and times, an unseeded one draws a new seed. */
  void reset() {
    drawn.set(0);
    requests.set(0);
    if (fixedSeed == null) {
      seed = RANDOM.nextLong();
    }
  }

  /** One API request arrived: the seeded clock moves one second. */
  void tick() {
    requests.incrementAndGet();
  }

  /** The current time in milliseconds since the epoch. */
  long nowMillis() {
    return fixedSeed == null
        ? System.currentTimeMillis()
        : (EPOCH_SECOND + Math.max(0, requests.get() - 1)) * 1000;
  }

  /** The current time in whole seconds since the epoch, as the API's {@code created} fields. */
  long nowSeconds() {
    return nowMillis() / 1000;
  }

  /** The current time as ISO-8601, as the API's {@code created_at} fields of agents. */
  String nowIso() {
    return Instant.ofEpochMilli(nowMillis()).toString();
  }

  /** The next value drawn from the seed. */
  long next() {
    return Hashing.mix(seed ^ Hashing.mix(drawn.incrementAndGet()));
  }

  /** A lowercase hex id of this many digits (at most 32), as the API's completion ids. */
  String hex(int digits) {
    long first = next();
    String hex = String.format("%016x%016x", first, Hashing.mix(first ^ 0x9E3779B97F4A7C15L));
    return hex.substring(0, Math.min(digits, hex.length()));
  }

  /** A version-4 style UUID, as the ids of files and jobs. */
  String uuid() {
    String hex = hex(32);
    return hex.substring(0, 8)
        + "-"
        + hex.substring(8, 12)
        + "-4"
        + hex.substring(13, 16)
        + "-a"
        + hex.substring(17, 20)
        + "-"
        + hex.substring(20, 32);
  }

  /** Letters and digits, as the API's tool call ids (nine of them). */
  String alphanumeric(int length) {
    StringBuilder id = new StringBuilder(length);
    long state = next();
    for (int i = 0; i < length; i++) {
      state = Hashing.mix(state);
      id.append(ALPHANUMERIC.charAt(Hashing.pick(state, ALPHANUMERIC.length())));
    }
    return id.toString();
  }
}
