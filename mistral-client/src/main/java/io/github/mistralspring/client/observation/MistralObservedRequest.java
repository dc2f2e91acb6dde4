package io.github.mistralspring.client.observation;

/** A request body that names the model it asks for, read by observations. */
public interface MistralObservedRequest {

  /** The model requested, or null when the request names none. */
  String model();
}
