package io.github.mistralspring.client;

import io.github.mistralspring.client.error.MistralClientClosedException;

/**
 * Builds both client faces, closes them and tries a call, printing a marker line between the steps;
 * {@link LazyStartTest} runs it in a fresh JVM that logs every class it loads, to see what each
 * step cost.
 */
public final class LazyStartProbe {

  private LazyStartProbe() {}

  /**
   * Runs the steps.
   *
   * @param args unused
   */
  public static void main(String[] args) {
    System.out.println("PROBE begin");
    ReactiveMistralClient reactive =
        ReactiveMistralClient.builder()
            .apiKey("test-key")
            .baseUrl("http://127.0.0.1:9")
            .buildReactive();
    MistralClient blocking = MistralClient.of(reactive);
    System.out.println("PROBE built " + blocking + " " + reactive.settings().baseUrl());
    blocking.close();
    reactive.close();
    System.out.println("PROBE closed " + reactive.isClosed());
    try {
      blocking.chat().complete("Hello");
      System.out.println("PROBE sent");
    } catch (MistralClientClosedException refused) {
      System.out.println("PROBE refused " + refused.getMessage());
    }
    System.out.println("PROBE same group " + (reactive.chat() == reactive.chat()));
  }
}
