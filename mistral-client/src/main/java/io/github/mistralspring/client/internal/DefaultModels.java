package io.github.mistralspring.client.internal;

/**
 * The models a client uses when a request names none; any may be null.
 *
 * @param chat the model for chat completions
 * @param fim the model for fill-in-the-middle completions
 * @param embeddings the model for embeddings
 * @param transcription the model for audio transcriptions
 */
public record DefaultModels(String chat, String fim, String embeddings, String transcription) {

  /**
   * The default transcription model: Voxtral Mini Transcribe, the model the transcription endpoint
   * serves (chat models that understand audio, such as voxtral-small-latest, are refused there).
   */
  public static final String TRANSCRIPTION = "voxtral-mini-latest";

  /** No default models: every request must name its model. */
  public static final DefaultModels NONE = new DefaultModels(null, null, null, null);

  /**
   * The transcription model to send: the request's own, else the default; fails before anything is
   * sent when there is neither.
   *
   * @param requested the model the request names, or null
   */
  public String transcriptionFor(String requested) {
    if (requested != null && !requested.isBlank()) {
      return requested;
    }
    if (transcription != null && !transcription.isBlank()) {
      return transcription;
    }
    throw new IllegalArgumentException(
        "TranscriptionRequest names no model and the client has no default transcription model:"
            + " set one on the request (model(\""
            + TRANSCRIPTION
            + "\")), or the client's default with mistral.transcription.model (Spring Boot) or"
            + " MistralClientBuilder.defaultTranscriptionModel(\""
            + TRANSCRIPTION
            + "\")");
  }

  /**
   * The model to send: the request's own, else the default; fails before anything is sent when
   * there is neither.
   *
   * @param requested the model the request names, or null
   * @param fallback the client's default, or null
   * @param request the request type, for the message, such as {@code ChatCompletionRequest}
   * @param property the Spring Boot property that sets the default, such as {@code
   *     mistral.chat.model}
   */
  public static String resolve(String requested, String fallback, String request, String property) {
    if (requested != null && !requested.isBlank()) {
      return requested;
    }
    if (fallback != null && !fallback.isBlank()) {
      return fallback;
    }
    throw new IllegalArgumentException(
        request
            + " names no model and the client has no default: set it on the request (for example"
            + " model(\"mistral-small-latest\")), or set "
            + property
            + " with the Spring Boot starter");
  }
}
