package io.github.mistralspring.client.batch;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * The API endpoint a batch job sends its requests to ({@code endpoint}).
 *
 * <p>A string-backed value rather than an enum: a value the client does not know yet reads without
 * error and is written back unchanged.
 *
 * @param value the endpoint's path, as the API writes it ({@code /v1/chat/completions})
 */
public record ApiEndpoint(@JsonValue String value) {

  /** Chat completions. */
  public static final ApiEndpoint CHAT_COMPLETIONS = new ApiEndpoint("/v1/chat/completions");

  /** Embeddings. */
  public static final ApiEndpoint EMBEDDINGS = new ApiEndpoint("/v1/embeddings");

  /** Fill-in-the-middle completions. */
  public static final ApiEndpoint FIM_COMPLETIONS = new ApiEndpoint("/v1/fim/completions");

  /** Moderations. */
  public static final ApiEndpoint MODERATIONS = new ApiEndpoint("/v1/moderations");

  /** Chat moderations. */
  public static final ApiEndpoint CHAT_MODERATIONS = new ApiEndpoint("/v1/chat/moderations");

  /** OCR. */
  public static final ApiEndpoint OCR = new ApiEndpoint("/v1/ocr");

  /** Classifications. */
  public static final ApiEndpoint CLASSIFICATIONS = new ApiEndpoint("/v1/classifications");

  /** Chat classifications. */
  public static final ApiEndpoint CHAT_CLASSIFICATIONS =
      new ApiEndpoint("/v1/chat/classifications");

  /** Conversations. */
  public static final ApiEndpoint CONVERSATIONS = new ApiEndpoint("/v1/conversations");

  /** Audio transcriptions. */
  public static final ApiEndpoint AUDIO_TRANSCRIPTIONS =
      new ApiEndpoint("/v1/audio/transcriptions");

  /**
   * Checks that the value is present.
   *
   * @param value the endpoint's path, as the API writes it ({@code /v1/chat/completions})
   */
  public ApiEndpoint {
    Objects.requireNonNull(value, "value");
  }

  /**
   * Returns the value for the given string, known or not.
   *
   * @param value the endpoint's path, as the API writes it ({@code /v1/chat/completions})
   * @return the endpoint, equal to the matching constant when the path is a known one
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static ApiEndpoint of(String value) {
    return new ApiEndpoint(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
