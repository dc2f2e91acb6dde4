package io.github.mistralspring.client.model;

/**
 * Expected output that lets the model answer faster when most of it is already known.
 *
 * @param type the kind of prediction; {@code content}
 * @param content the predicted content
 */
public record Prediction(String type, String content) {

  /**
   * Creates a content prediction.
   *
   * @param content the output the model is expected to give
   * @return a {@code content} prediction
   */
  public static Prediction content(String content) {
    return new Prediction("content", content);
  }
}
