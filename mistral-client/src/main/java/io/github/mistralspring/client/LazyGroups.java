package io.github.mistralspring.client;

import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.IntFunction;

/**
 * The API groups of one client face, each built on its first use and then kept. Building all twelve
 * with the client loaded some three hundred classes (request types, stream readers) at an
 * application's start-up, for groups most applications never call. Thread-safe: callers racing on a
 * first use may each build the group, but all of them get the one that was stored first.
 */
final class LazyGroups {

  static final int CHAT = 0;
  static final int FILES = 1;
  static final int FINE_TUNING = 2;
  static final int BATCH = 3;
  static final int BETA = 4;
  static final int AGENTS = 5;
  static final int FIM = 6;
  static final int EMBEDDINGS = 7;
  static final int CLASSIFIERS = 8;
  static final int OCR = 9;
  static final int AUDIO = 10;
  static final int MODELS = 11;
  private static final int COUNT = 12;

  private final AtomicReferenceArray<Object> built = new AtomicReferenceArray<>(COUNT);
  private final IntFunction<Object> factory;

  /** Groups that {@code factory} builds, given one of the slots above. */
  LazyGroups(IntFunction<Object> factory) {
    this.factory = factory;
  }

  /** The group in {@code slot}, built now if no caller built it yet. */
  Object get(int slot) {
    Object group = built.get(slot);
    if (group != null) {
      return group;
    }
    // Groups hold only what they were built from: building one twice in a race costs nothing more.
    Object fresh = factory.apply(slot);
    Object first = built.compareAndExchange(slot, null, fresh);
    return first != null ? first : fresh;
  }
}
