package io.github.mistralspring.client.internal;

/** Whether Micrometer is on the class path, so that connection pool metrics can be turned on. */
final class MicrometerSupport {

  static final boolean PRESENT = isPresent("io.micrometer.core.instrument.Metrics");

  private MicrometerSupport() {}

  private static boolean isPresent(String className) {
    try {
      Class.forName(className, false, MicrometerSupport.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError absent) {
      return false;
    }
  }
}
