package io.github.mistralspring.benchmarks.core;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.concurrent.ThreadFactory;

/** Virtual threads, looked up at run time so that this module still compiles for Java 17. */
final class VirtualThreads {

  private VirtualThreads() {}

  static ThreadFactory factory() {
    try {
      MethodHandles.Lookup lookup = MethodHandles.publicLookup();
      MethodHandle ofVirtual =
          lookup.findStatic(
              Thread.class,
              "ofVirtual",
              MethodType.methodType(Class.forName("java.lang.Thread$Builder$OfVirtual")));
      Object builder = ofVirtual.invoke();
      MethodHandle factory =
          lookup.findVirtual(
              Class.forName("java.lang.Thread$Builder"),
              "factory",
              MethodType.methodType(ThreadFactory.class));
      return (ThreadFactory) factory.invoke(builder);
    } catch (Throwable unsupported) {
      throw new IllegalStateException(
          "--threads virtual needs Java 21 or later; this is " + Runtime.version(), unsupported);
    }
  }
}
