package io.github.mistralspring.client.internal;

import org.jspecify.annotations.Nullable;

/**
 * The models a client uses when a request names none; any may be null, and then such a request
 * fails before it is sent, with a message that says how to name a model.
 *
 * @param chat the model for chat completions and conversations
 * @param fim the model for fill-in-the-middle completions
 * @param embeddings the model for embeddings
 * @param moderation the model for moderations of texts and chats
 * @param ocr the model for optical character recognition
 * @param transcription the model for audio transcriptions
 */
public record DefaultModels(
    @Nullable String chat,
    @Nullable String fim,
    @Nullable String embeddings,
    @Nullable String moderation,
    @Nullable String ocr,
    @Nullable String transcription) {

  /** The default chat model: fast and low-cost, for the one-liners of the API groups. */
  public static final String CHAT = "mistral-small-latest";

  /** The default fill-in-the-middle model, Mistral's model for code completion. */
  public static final String FIM = "codestral-latest";

  /** The default embeddings model, for text. */
  public static final String EMBEDDINGS = "mistral-embed";

  /** The default moderation model. */
  public static final String MODERATION = "mistral-moderation-latest";

  /** The default OCR model. */
  public static final String OCR = "mistral-ocr-latest";

  /**
   * The default transcription model: Voxtral Mini Transcribe, the model the transcription endpoint
   * serves (chat models that understand audio, such as voxtral-small-latest, are refused there).
   */
  public static final String TRANSCRIPTION = "voxtral-mini-latest";

  /** The defaults of a client that is not told otherwise: one model per API group. */
  public static final DefaultModels STANDARD =
      new DefaultModels(CHAT, FIM, EMBEDDINGS, MODERATION, OCR, TRANSCRIPTION);

  /** No default models: every request must name its model. */
  public static final DefaultModels NONE = new DefaultModels(null, null, null, null, null, null);

  /**
   * The chat model to send: the request's own, else the default.
   *
   * @param requested the model the request names, or null
   * @param request the request type, for the message, such as {@code ChatCompletionRequest}
   * @throws IllegalArgumentException when there is neither
   */
  public String chatFor(@Nullable String requested, String request) {
    return resolve(
        requested, chat, request, "chat", "mistral.chat.model", "defaultChatModel", CHAT);
  }

  /**
   * The fill-in-the-middle model to send: the request's own, else the default.
   *
   * @param requested the model the request names, or null
   * @param request the request type, for the message
   * @throws IllegalArgumentException when there is neither
   */
  public String fimFor(@Nullable String requested, String request) {
    return resolve(requested, fim, request, "FIM", "mistral.fim.model", "defaultFimModel", FIM);
  }

  /**
   * The embeddings model to send: the request's own, else the default.
   *
   * @param requested the model the request names, or null
   * @param request the request type, for the message
   * @throws IllegalArgumentException when there is neither
   */
  public String embeddingsFor(@Nullable String requested, String request) {
    return resolve(
        requested,
        embeddings,
        request,
        "embeddings",
        "mistral.embeddings.model",
        "defaultEmbeddingsModel",
        EMBEDDINGS);
  }

  /**
   * The moderation model to send: the request's own, else the default.
   *
   * @param requested the model the request names, or null
   * @param request the request type, for the message
   * @throws IllegalArgumentException when there is neither
   */
  public String moderationFor(@Nullable String requested, String request) {
    return resolve(
        requested,
        moderation,
        request,
        "moderation",
        "mistral.moderation.model",
        "defaultModerationModel",
        MODERATION);
  }

  /**
   * The OCR model to send: the request's own, else the default.
   *
   * @param requested the model the request names, or null
   * @param request the request type, for the message
   * @throws IllegalArgumentException when there is neither
   */
  public String ocrFor(@Nullable String requested, String request) {
    return resolve(requested, ocr, request, "OCR", "mistral.ocr.model", "defaultOcrModel", OCR);
  }

  /**
   * The transcription model to send: the request's own, else the default.
   *
   * @param requested the model the request names, or null
   * @param request the request type, for the message
   * @throws IllegalArgumentException when there is neither
   */
  public String transcriptionFor(@Nullable String requested, String request) {
    return resolve(
        requested,
        transcription,
        request,
        "transcription",
        "mistral.transcription.model",
        "defaultTranscriptionModel",
        TRANSCRIPTION);
  }

  // Fails before anything is sent; the message suggests a model of the same API group, and both
  // places a default can be set.
  private static String resolve(
      @Nullable String requested,
      @Nullable String fallback,
      String request,
      String group,
      String property,
      String builderMethod,
      String example) {
    if (requested != null && !requested.isBlank()) {
      return requested;
    }
    if (fallback != null && !fallback.isBlank()) {
      return fallback;
    }
    throw new IllegalArgumentException(
        request
            + " names no model and the client has no default "
            + group
            + " model: set one on the request (for example model(\""
            + example
            + "\")), or the client's default with "
            + property
            + " (Spring Boot) or MistralClientBuilder."
            + builderMethod
            + "(\""
            + example
            + "\")");
  }
}
